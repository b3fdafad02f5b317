/**
 * The HTTP JSON API ({@code amity serve}): Javalin routes over the store and its queries, strict
 * parameter validation, an OpenAPI document, and the web UI's static files from the classpath.
 */
@NullMarked
package amity.http;

import org.jspecify.annotations.NullMarked;

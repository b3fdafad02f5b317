/**
 * Language packs: what amity knows about each language it reads, one {@link amity.lang.LanguagePack}
 * per folder {@code amity/lang/<tag>/}, the files a folder may hold declared once in {@link
 * amity.lang.PackFile}, and the code a language needs beyond its data found through {@link
 * amity.lang.LanguageModule} (a {@link java.util.ServiceLoader} service).
 */
@NullMarked
package amity.lang;

import org.jspecify.annotations.NullMarked;

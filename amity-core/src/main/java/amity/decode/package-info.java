/** Decoding: bytes to page text — charset detection, BOM, line ends, NFC, HTML to visible text. */
@NullMarked
package amity.decode;

import org.jspecify.annotations.NullMarked;

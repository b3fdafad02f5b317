/** The command line: one picocli command class per subcommand. Not API. */
@NullMarked
package amity.cli;

import org.jspecify.annotations.NullMarked;

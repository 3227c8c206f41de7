/**
 * How `selaras import <argument>` reads its argument: "-" is standard input, anything
 * that starts like a URL ("https://", also "ftp://" so that it is refused as a URL and
 * not looked for on disk) is a web page, everything else a file path.
 */
export function importArgumentKind(argument: string): "stdin" | "url" | "file" {
  if (argument === "-") return "stdin";
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(argument.trim()) ? "url" : "file";
}

// The files complaints-site carries inside the binary, so that it works copied alone to any folder: the templates
// (templates/**: layouts, words, the stylesheet, init/'s scaffold), the JSON Schemas (schemas/*.json) and the built
// widget (widget.js, widget.wasm, widget.css from the cs_wasm target). Compiled in at build time by
// cmake/embed_files.cc; no path of the checkout is compiled in.
#pragma once

#include "file_map.h"

namespace cs {

/// templates/** by path under templates/ ("layout.mustache", "i18n/en.json", "assets/site.css", "init/site.json").
const FileMap& BuiltinTemplates();

/// schemas/*.json by file name ("site.schema.json").
const FileMap& BuiltinSchemas();

/// "widget.js", "widget.wasm", "widget.css" as the cs_wasm target built them; empty when complaints-site was built
/// without the widget (-DCS_WASM=OFF, or no em++).
const FileMap& BuiltinWidget();

/// The studio (studio/ and the generator compiled to WebAssembly: index.html, app.js, studio.js, studio.wasm ...), as
/// cmake/studio.cmake assembled it; empty when complaints-site was built without it. Only the CLI links it
/// (`complaints-site studio`), so the studio's own engine does not carry itself.
const FileMap& BuiltinStudio();

}  // namespace cs

// The report page's assets, compiled in from report/page/ and Cytoscape.js's
// built file by report/embed_assets.cmake (private to accord_report).
#pragma once
#include <string_view>

namespace accord::report_assets {

extern const std::string_view template_html;  // page/template.html, with the markers html_report.cpp fills
extern const std::string_view style_css;      // page/report.css
extern const std::string_view app_js;         // page/report.js
// report/node_modules (npm, report/package-lock.json):
extern const std::string_view cytoscape_js;    // cytoscape/dist/cytoscape.min.js
extern const std::string_view layout_base_js;  // layout-base/layout-base.js  (for fcose)
extern const std::string_view cose_base_js;    // cose-base/cose-base.js      (for fcose)
extern const std::string_view fcose_js;        // cytoscape-fcose/cytoscape-fcose.js

}  // namespace accord::report_assets

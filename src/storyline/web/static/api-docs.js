// Starts Swagger UI on /docs from the copy shipped in the fastapi-offline package (no CDN; the
// page's Content-Security-Policy allows scripts from this origin only, so this is not inline).
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  if (!root || typeof SwaggerUIBundle !== "function") {
    return;
  }
  SwaggerUIBundle({
    url: root.getAttribute("data-openapi"),
    dom_id: "#swagger-ui",
    validatorUrl: null, // the default asks a public validator service: no network here
    deepLinking: true,
  });
})();

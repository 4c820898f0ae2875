// Parallax API page: Swagger UI (served from its WebJar by this server) renders the OpenAPI document.
// Loaded as a file because the Content-Security-Policy forbids inline scripts; nothing is fetched from elsewhere.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    if (typeof SwaggerUIBundle === "undefined") {
      document.getElementById("swagger-ui").textContent = "The API viewer did not load; read /api/openapi.json.";
      return;
    }
    SwaggerUIBundle({
      url: "/api/openapi.json",
      dom_id: "#swagger-ui",
      validatorUrl: null,          // the default validator is a remote service
      deepLinking: true,
      docExpansion: "list",
      defaultModelsExpandDepth: 0,
      supportedSubmitMethods: ["get"]
    });
  });
})();

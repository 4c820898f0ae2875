// Parallax web UI: draws a story's timeline chart (uPlot, served from the WebJar) and brings a cited span into view.
// Loaded as a file from this server only; the Content-Security-Policy forbids inline and remote scripts.
(function () {
  "use strict";

  // TIMEX3 values to a time: 2024-05-14, 2024-05, 2024, 2024-W20, 2024-Q2, 2024-SP.
  function toSeconds(value) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
    if (!m) return null;
    var month = m[2] ? parseInt(m[2], 10) - 1 : 0;
    var day = m[3] ? parseInt(m[3], 10) : 1;
    var season = /-(SP|SU|FA|WI)$/.exec(value);
    if (season) month = { SP: 3, SU: 6, FA: 9, WI: 0 }[season[1]];
    var quarter = /-Q([1-4])$/.exec(value);
    if (quarter) month = (parseInt(quarter[1], 10) - 1) * 3;
    var week = /-W(\d{2})$/.exec(value);
    if (week) { month = 0; day = 1 + (parseInt(week[1], 10) - 1) * 7; }
    return Date.UTC(parseInt(m[1], 10), month, day) / 1000;
  }

  function drawTimeline(el) {
    fetch("/api/stories/" + encodeURIComponent(el.getAttribute("data-story")))
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var counts = {};
        (data.story.timeline || []).forEach(function (t) {
          var s = toSeconds(t.date);
          if (s !== null) counts[s] = (counts[s] || 0) + t.sources.length;
        });
        var xs = Object.keys(counts).map(Number).sort(function (a, b) { return a - b; });
        if (xs.length === 0 || typeof uPlot === "undefined") return;
        var ys = xs.map(function (x) { return counts[x]; });
        var opts = {
          width: Math.min(el.clientWidth || 800, 1000), height: 220,
          scales: { x: { time: true } },
          series: [{}, { label: "sources citing events", stroke: "#06c", fill: "rgba(0,102,204,.15)",
            points: { size: 8 }, paths: uPlot.paths.bars ? uPlot.paths.bars({ size: [0.6, 40] }) : undefined }],
          legend: { show: false },
          axes: [{}, { label: "sources" }]
        };
        el.setAttribute("data-points", String(xs.length));
        new uPlot(opts, [xs, ys], el);
      })
      .catch(function () { el.textContent = "timeline chart unavailable"; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var chart = document.getElementById("timeline-chart");
    if (chart) drawTimeline(chart);
  });
  // After the browser's own jump to #hl (top of the window), centre the span so its context shows above it.
  window.addEventListener("load", function () {
    var hl = document.getElementById("hl");
    if (hl) setTimeout(function () { hl.scrollIntoView({ block: "center" }); }, 0);
  });
})();

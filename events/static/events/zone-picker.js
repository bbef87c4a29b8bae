// The zone picker (events/includes/zone_picker.html): offer the browser's own
// time zone in one click when the browser names one.
(function () {
  var button = document.querySelector("[data-browser-zone]");
  var zone = (window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone) || "";
  if (!button || !zone) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    var url = new URL(window.location.href);
    url.searchParams.set("tz", zone);
    window.location.assign(url.toString());
  });
})();

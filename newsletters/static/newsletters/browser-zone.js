// The subscribe form proposes a zone for the page's language; where the
// browser tells its own zone, propose that instead (the reader can still
// choose another).
(function () {
  var zone = (window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone) || "";
  if (!zone) return;
  document.querySelectorAll("select[data-browser-zone]").forEach(function (select) {
    var known = Array.prototype.some.call(select.options, function (option) { return option.value === zone; });
    if (known) select.value = zone;
  });
})();

// The send progress page (newsletters/admin/run.html): refresh the figures
// every two seconds while a send runs, offer only the actions that apply,
// and ask before cancelling. Translated
// status names come from the page as JSON (json_script), never as code.
(function () {
  var box = document.querySelector(".send-progress");
  var data = document.getElementById("send-status-labels");
  var labels = data ? JSON.parse(data.textContent) : {};

  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) { event.preventDefault(); }
    });
  });

  if (!box) { return; }
  function show(id, value) { document.getElementById(id).textContent = value; }
  // Pause, Resume and Cancel each apply to some statuses only (data-when).
  function offer(status) {
    document.querySelectorAll("form[data-send-action]").forEach(function (form) {
      form.hidden = form.dataset.when.split(" ").indexOf(status) === -1;
    });
  }
  function tick() {
    fetch(box.dataset.progressUrl, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (p) {
      document.getElementById("send-bar").value = p.percent;
      ["sent", "pending", "failed", "suppressed"].forEach(function (k) { show("send-" + k, p[k]); });
      show("send-rate", p.rate_per_second);
      show("send-eta", p.eta_text || "–");
      show("send-status", labels[p.status] || p.status);
      offer(p.status);
      var notes = document.getElementById("send-notes");
      if (notes) { notes.innerHTML = p.notes_html; }  // rendered and escaped by the server
      if (p.status === "sending" || p.status === "paused") { setTimeout(tick, 2000); }
    }).catch(function () { setTimeout(tick, 5000); });
  }
  if (box.dataset.running === "true") { setTimeout(tick, 2000); }
})();

// Remember the language a reader picks in the switcher, so "/" sends them
// there next time (Django's LocaleMiddleware reads this cookie).
(function () {
  var script = document.currentScript;
  var name = (script && script.dataset.cookieName) || "django_language";
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".language-switcher a[data-language]");
    if (!link) return;
    document.cookie = name + "=" + encodeURIComponent(link.dataset.language) +
      "; path=/; max-age=31536000; samesite=lax";
  });
})();

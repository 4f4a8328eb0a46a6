// Only browsers too old for the studio run this file (they ignore type="module" scripts and run nomodule ones):
// say so instead of "The studio is starting" for ever. ES5 on purpose.
(function () {
  function show() {
    var loading = document.querySelector('[data-loading]');
    var unsupported = document.querySelector('[data-unsupported]');
    var reason = document.querySelector('[data-unsupported-reason]');
    if (loading) loading.hidden = true;
    if (reason) reason.textContent = 'This browser is too old for the studio: it cannot run the modern JavaScript the studio is written in.';
    if (unsupported) unsupported.hidden = false;
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();

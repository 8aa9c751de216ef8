// The result page's "Print this page" button (kept out of the page: the Content-Security-Policy allows no inline script).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
});

// The stage background is folded on screen; a printout shows it whole (CSS does this too where ::details-content
// is supported). Folds opened for printing close again afterwards.
var openedForPrint = [];
window.addEventListener('beforeprint', function () {
  document.querySelectorAll('details.background:not([open])').forEach(function (details) {
    details.open = true;
    openedForPrint.push(details);
  });
});
window.addEventListener('afterprint', function () {
  openedForPrint.forEach(function (details) { details.open = false; });
  openedForPrint = [];
});

// The result page's "Print this page" button (kept out of the page: the Content-Security-Policy allows no inline script).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
});

window.civicErrors = [];
window.addEventListener('error', function (e) {
  window.civicErrors.push(String(e.message) + ' @' + e.lineno + ':' + e.colno);
  var el = document.getElementById('js-errors');
  if (el) { el.hidden = false; el.textContent = window.civicErrors.join('\n'); }
});
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('js-errors');
  if (el && window.civicErrors.length) { el.hidden = false; el.textContent = window.civicErrors.join('\n'); }
});

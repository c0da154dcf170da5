(function () {
  var root = document.documentElement;
  function show(lang) { root.setAttribute('data-lang', lang); root.setAttribute('lang', lang); }
  var wanted = (location.hash || '').replace('#', '');
  if (wanted === 'vi' || wanted === 'en') { show(wanted); }
  var button = document.getElementById('lang-toggle');
  if (button) {
    button.addEventListener('click', function () { show(root.getAttribute('data-lang') === 'vi' ? 'en' : 'vi'); });
  }
})();

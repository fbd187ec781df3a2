#!/usr/bin/env python3
"""Writes sample-page.html and sample-page.expected.txt: samples/putin-north-korea.txt
wrapped in a news page (banner, navigation, share widget, footer). Every paragraph,
heading and the title carry the sample's text byte for byte, so the page and the text
version give the same segments and voices. Run it again when the sample changes:
    python3 tests/data/pages/make_sample_page.py
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[3]
HERE = pathlib.Path(__file__).resolve().parent
HEADINGS = {"Ups and downs", "Putin\u2019s visit"}

text = (ROOT / "samples" / "putin-north-korea.txt").read_text(encoding="utf-8")
blocks = text.split("\n\n")
banner, title, body = blocks[0], blocks[1], blocks[2:]
widget = body.index("Spread the news\nWP Radio\nWP Radio")
body, footer_lines = body[:widget], body[widget].split("\n")
assert not any(c in text for c in "&<>"), "escape the sample's text before wrapping it"


def collapsed(s):
    return re.sub(r"[\s\u00a0]+", " ", s).strip()


article = []
expected = ["title\t" + collapsed(title)]
for block in body:
    if collapsed(block) in HEADINGS:
        article.append(f'      <h2 class="wp-block-heading">{block}</h2>')
        expected.append("heading\t" + collapsed(block))
    else:
        article.append(f"      <p>{block}</p>")
        expected.append("paragraph\t" + collapsed(block))

page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{collapsed(title)} &#8211; Audio Sources</title>
  <link rel="stylesheet" href="/wp-content/themes/sources/style.css?ver=2.4.1" media="all">
  <style>
    .site-banner {{ background: #12263f; color: #fff; }}
    .sharedaddy ul {{ list-style: none; display: flex; gap: .5em; }}
  </style>
  <script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-20931 single-format-standard">
  <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
  <header id="masthead" class="site-header site-banner" role="banner">
    <div class="site-branding">
      <p class="site-title"><a href="/" rel="home">{banner}</a></p>
    </div>
    <nav id="site-navigation" class="main-navigation" aria-label="Primary">
      <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
      <ul id="primary-menu" class="menu">
        <li class="menu-item"><a href="/">Home</a></li>
        <li class="menu-item"><a href="/category/world/">World</a></li>
        <li class="menu-item"><a href="/category/asia/">Asia</a></li>
        <li class="menu-item"><a href="/category/podcasts/">Podcasts</a></li>
        <li class="menu-item"><a href="/about/">About</a></li>
      </ul>
    </nav>
  </header>
  <div id="content" class="site-content">
    <main id="primary" class="site-main">
    <article id="post-20931" class="post-20931 post type-post status-publish category-asia">
      <header class="entry-header">
      <h1 class="entry-title">{title}</h1>
      </header>
      <div class="entry-content">
{chr(10).join(article)}
      <div class="sharedaddy sd-sharing-enabled">
        <div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
          <h3 class="sd-title">{footer_lines[0]}</h3>
          <div class="sd-content">
            <ul>
              <li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="/2024/06/putin-north-korea/?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li>
              <li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="/2024/06/putin-north-korea/?share=twitter" target="_blank" title="Click to share on X"><span>X</span></a></li>
              <li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject=Putin%E2%80%99s%20North%20Korea%20visit" title="Click to email a link to a friend"><span>Email</span></a></li>
              <li class="share-end"></li>
            </ul>
          </div>
        </div>
      </div>
      <div class="wp-radio-player" data-station="5114">
        <div class="wp-radio-player-details">
          <span class="wp-radio-player-title">{footer_lines[1]}</span>
          <button class="wp-radio-player-play" aria-label="Play"></button>
        </div>
        <div class="wp-radio-player-footer"><span class="wp-radio-player-brand">{footer_lines[2]}</span></div>
      </div>
      </div>
    </article>
    </main>
  </div>
  <footer id="colophon" class="site-footer">
    <nav class="footer-navigation" aria-label="Footer">
      <ul>
        <li><a href="/privacy-policy/">Privacy Policy</a></li>
        <li><a href="/contact/">Contact</a></li>
      </ul>
    </nav>
    <div class="site-info">&copy; 2024 Audio Sources. Proudly powered by WordPress.</div>
  </footer>
  <script>
    window.wpRadio = {{ "ajaxUrl": "/wp-admin/admin-ajax.php", "autoplay": false }};
  </script>
</body>
</html>
"""
(HERE / "sample-page.html").write_text(page, encoding="utf-8")
(HERE / "sample-page.expected.txt").write_text("\n".join(expected) + "\n", encoding="utf-8")

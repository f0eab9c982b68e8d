#!/usr/bin/python3
"""The NDS HTML laid out by ReportLab's platypus, a PDF library many reports are made with (no
browser: its own line breaking, which breaks a word wider than its column at any letter and fills
the line with the first piece; tables split by row and inside rows, their header repeated).
Needs the Debian packages python3-reportlab, python3-bs4 and python3-lxml. Usage, from the
project root: /usr/bin/python3 scripts/render-reportlab.py STYLE OUT.pdf [HTML], STYLE one of
grid, zebra, booktabs, letter, plain (the matrix holds plain: see render-producers.mjs)."""
import sys, re
from bs4 import BeautifulSoup, NavigableString, Tag
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, NextPageTemplate, PageBreak
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

style_name, out = sys.argv[1], sys.argv[2]
src = sys.argv[3] if len(sys.argv) > 3 else 'fixtures/nds-2020.html'
# (The same bytes from the same input: no date or random document id.)
rl_config.invariant = 1

def ttf(family, base):
    d = '/usr/share/fonts/truetype/dejavu/'
    names = {'': base, '-Bold': base + '-Bold', '-Oblique': base + '-Oblique', '-BoldOblique': base + '-BoldOblique'}
    for suffix, file in names.items():
        pdfmetrics.registerFont(TTFont(family + suffix, d + file + '.ttf'))
    addMapping(family, 0, 0, family); addMapping(family, 1, 0, family + '-Bold')
    addMapping(family, 0, 1, family + '-Oblique'); addMapping(family, 1, 1, family + '-BoldOblique')
    return family

S = {
  # std14 Helvetica (not embedded), full grid, light header band
  'grid': dict(font='Helvetica', page=A4, body=10, cell=7.5, lines='grid', band='#dde6f0', bandText='#000000', zebra=None, justify=False),
  # DejaVu embedded, hairlines under rows, zebra, dark header band with white text
  'zebra': dict(font='DJ', page=A4, body=9.5, cell=7, lines='below', band='#2b3a55', bandText='#ffffff', zebra='#eef1f5', justify=False),
  # Times (std14), booktabs: rules over/under the table and under the header only, justified prose
  'booktabs': dict(font='Times-Roman', page=A4, body=10.5, cell=8, lines='booktabs', band=None, bandText='#000000', zebra=None, justify=True),
  # Letter, DejaVu Condensed, box + inner grid, justified cells too
  'letter': dict(font='DJC', page=LETTER, body=10, cell=7.5, lines='boxinner', band='#e8e8e8', bandText='#000000', zebra=None, justify=True, cellJustify=True),
  # no lines at all, zebra only, Helvetica, portrait appendix (no landscape pages)
  'plain': dict(font='Helvetica', page=A4, body=10, cell=6.5, lines='none', band=None, bandText='#000000', zebra='#f2f2f2', justify=False, portrait=True),
}[style_name]

if S['font'] == 'DJ': S['font'] = ttf('DJ', 'DejaVuSans')
if S['font'] == 'DJC': S['font'] = ttf('DJC', 'DejaVuSansCondensed')
F = S['font']
BOLD = {'Helvetica': 'Helvetica-Bold', 'Times-Roman': 'Times-Bold'}.get(F, F + '-Bold')

def pstyle(name, size, bold=False, lead=1.3, after=0.0, before=0.0, justify=False, left=0, color='#000000'):
    return ParagraphStyle(name, fontName=BOLD if bold else F, fontSize=size, leading=size * lead, spaceAfter=after, spaceBefore=before,
                          alignment=TA_JUSTIFY if justify else TA_LEFT, leftIndent=left, textColor=colors.HexColor(color))

body = pstyle('body', S['body'], after=6, justify=S['justify'])
fn = pstyle('fn', 8, after=3)
heads = {'h1': pstyle('h1', 18, True, 1.2, 8, 12), 'h2': pstyle('h2', 14, True, 1.2, 6, 10), 'h3': pstyle('h3', 12, True, 1.2, 5, 8),
         'h4': pstyle('h4', 10.5, True, 1.2, 4, 6), 'h5': pstyle('h5', 10.5, True, 1.2, 4, 6)}
cell = pstyle('cell', S['cell'], after=2, justify=S.get('cellJustify', False))
cellItem = pstyle('cellItem', S['cell'], after=1, left=8, justify=S.get('cellJustify', False))
bodyItem = pstyle('bodyItem', S['body'], after=2, left=14, justify=S['justify'])
headCell = pstyle('headCell', S['cell'], True, color=S['bandText'])

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def inline(node):
    out = []
    for c in node.children:
        if isinstance(c, NavigableString):
            out.append(esc(re.sub(r'\s+', ' ', str(c))))
        elif isinstance(c, Tag):
            inner = inline(c)
            n = c.name
            if n in ('b', 'strong'): out.append(f'<b>{inner}</b>')
            elif n in ('i', 'em'): out.append(f'<i>{inner}</i>')
            elif n == 'sup': out.append(f'<super>{inner}</super>')
            elif n == 'sub': out.append(f'<sub>{inner}</sub>')
            elif n == 'a' and c.get('href'): out.append(f'<a href="{esc(c["href"])}" color="#1a4f9c">{inner}</a>')
            elif n == 'br': out.append('<br/>')
            else: out.append(inner)
    return ''.join(out)

INLINE = {'b', 'strong', 'i', 'em', 'sup', 'sub', 'a', 'br', 'span'}

def blocks(node, pst, item):
    """Flowables of a container's children: paragraphs, list items."""
    res, run = [], []
    def flush():
        text = ''.join(run).strip()
        run.clear()
        if text: res.append(Paragraph(text, pst))
    for c in node.children:
        if isinstance(c, NavigableString) or (isinstance(c, Tag) and c.name in INLINE):
            run.append(esc(re.sub(r'\s+', ' ', str(c))) if isinstance(c, NavigableString) else inline_one(c))
            continue
        flush()
        if c.name == 'p':
            t = inline(c).strip()
            if t: res.append(Paragraph(t, fn if 'fn' in (c.get('class') or []) else pst))
        elif c.name in ('ul', 'ol'):
            bare = 'none' in (c.get('style') or '')
            for k, li in enumerate(c.find_all('li', recursive=False)):
                t = inline(li).strip()
                if not t: continue
                mark = None if bare else ('•' if c.name == 'ul' else f'{k + 1}.')
                res.append(Paragraph(t, item, bulletText=mark))
        elif c.name in heads:
            res.append(Paragraph(inline(c).strip(), heads[c.name]))
        else:
            res.extend(blocks(c, pst, item))
    flush()
    return res

def inline_one(c):
    wrapper = BeautifulSoup('<x></x>', 'html.parser').x
    wrapper.append(c.__copy__())
    return inline(wrapper)

def shares(rows, n):
    if n == 5: return [0.17, 0.2, 0.27, 0.25, 0.11]
    if n == 3 and rows and len(rows[0].find_all(['td', 'th'])[0].get_text(strip=True)) <= 2: return [0.08, 0.8, 0.12]
    lens = [1.0] * n
    for r in rows:
        for k, c in enumerate(r.find_all(['td', 'th'], recursive=False)[:n]):
            lens[k] = max(lens[k], min(len(c.get_text(' ', strip=True)), 400) ** 0.5)
    t = sum(lens)
    return [x / t for x in lens]

def table(t, width):
    head = t.find('thead')
    rows = (head.find_all('tr') if head else []) + [r for b in t.find_all('tbody') for r in b.find_all('tr', recursive=False)]
    if not rows: rows = t.find_all('tr')
    n = max(len(r.find_all(['td', 'th'], recursive=False)) for r in rows)
    data = []
    for r in rows:
        cells = r.find_all(['td', 'th'], recursive=False)
        line = []
        for c in cells:
            if c.name == 'th': line.append([Paragraph(inline(c).strip(), headCell)])
            else: line.append(blocks(c, cell, cellItem) or '')
        line += [''] * (n - len(line))
        data.append(line)
    nh = len(head.find_all('tr')) if head else 0
    st = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3),
          ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
    L = S['lines']
    if L == 'grid': st.append(('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#777777')))
    elif L == 'below': st.append(('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.HexColor('#999999')))
    elif L == 'booktabs':
        st += [('LINEABOVE', (0, 0), (-1, 0), 1, colors.black), ('LINEBELOW', (0, -1), (-1, -1), 1, colors.black)]
        if nh: st.append(('LINEBELOW', (0, nh - 1), (-1, nh - 1), 0.5, colors.black))
    elif L == 'boxinner': st += [('BOX', (0, 0), (-1, -1), 0.8, colors.black), ('INNERGRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#555555'))]
    if nh and S['band']: st.append(('BACKGROUND', (0, 0), (-1, nh - 1), colors.HexColor(S['band'])))
    if S['zebra']: st.append(('ROWBACKGROUNDS', (0, nh), (-1, -1), [colors.white, colors.HexColor(S['zebra'])]))
    return Table(data, colWidths=[width * s for s in shares(rows, n)], style=TableStyle(st), repeatRows=nh, splitInRow=1, spaceBefore=6, spaceAfter=6, hAlign='LEFT')

page = S['page']
wide = page if S.get('portrait') else landscape(page)
pm = (20 * mm, 22 * mm, 20 * mm, 20 * mm)  # left, top, right, bottom
wm = (14 * mm, 15 * mm, 14 * mm, 15 * mm)

def furniture(canvas, doc):
    w, h = canvas._pagesize
    canvas.saveState()
    canvas.setFont(F, 8); canvas.setFillColor(colors.HexColor('#555555'))
    canvas.drawRightString(w - 14 * mm, h - 10 * mm, 'Nederlandse Digitaliseringsstrategie 2020')
    canvas.setFont(F, 9); canvas.setFillColor(colors.black)
    canvas.drawCentredString(w / 2, 9 * mm, str(doc.page))
    canvas.restoreState()

doc = BaseDocTemplate(out, pagesize=page, title='Nederlandse Digitaliseringsstrategie 2020', author='Ministerie van EZK', creator='nds-extract producer matrix')
pf = Frame(pm[0], pm[3], page[0] - pm[0] - pm[2], page[1] - pm[1] - pm[3], id='p')
wf = Frame(wm[0], wm[3], wide[0] - wm[0] - wm[2], wide[1] - wm[1] - wm[3], id='w')
doc.addPageTemplates([PageTemplate('portrait', [pf], onPage=furniture, pagesize=page), PageTemplate('wide', [wf], onPage=furniture, pagesize=wide)])

soup = BeautifulSoup(open(src, encoding='utf-8').read(), 'lxml')
story = []
in_wide = False
nodes = [c for c in soup.body.children if isinstance(c, Tag)]
for i, c in enumerate(nodes):
    is_wide = c.name == 'table' and 'wide' in (c.get('class') or [])
    if is_wide and not in_wide:
        story += [NextPageTemplate('wide'), PageBreak()]; in_wide = True
    elif in_wide and not is_wide and not (c.name in heads and any(n.name == 'table' and 'wide' in (n.get('class') or []) for n in nodes[i + 1:i + 3])):
        story += [NextPageTemplate('portrait'), PageBreak()]; in_wide = False
    if c.name == 'table':
        story.append(table(c, wf.width if in_wide else pf.width))
    elif c.name in heads:
        story.append(Paragraph(inline(c).strip(), heads[c.name]))
    else:
        story.extend(blocks(BeautifulSoup(str(c), 'html.parser'), body, bodyItem))
doc.build(story)

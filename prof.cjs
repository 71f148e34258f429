const { createRollup } = require('./dist/rollup.cjs');
let seed = 42; const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const roles = ['executive_sponsor', 'champion', 'admin', 'end_user']; const channels = ['email', 'chat', 'call'];
const start = Date.UTC(2026, 0, 1); let live = createRollup();
const recs = []; for (let k = 0; k < 1000000; k++) { const score = Math.round((next() * 2 - 1) * 10000) / 10000; recs.push({ id: 'r' + k, accountId: 'a' + Math.floor(next() * 10000), role: roles[k & 3], channel: channels[k % 3], at: start + Math.floor(next() * 90) * 86400000, result: { score, label: score <= -0.125 ? 'negative' : score >= 0.125 ? 'positive' : 'neutral' } }); }
for (let r = 0; r < 3; r++) { live = createRollup({ recentLimit: Number(process.argv[2] || 10) }); const t0 = Date.now(); for (const x of recs) live.add(x); console.log((1e6 / (Date.now() - t0) * 1000) | 0, 'rec/s'); }

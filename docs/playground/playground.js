// The playground page: analyze the textarea with the browser bundle of cxtone and render the result.
import { analyze } from './cxtone.js';

const $ = (id) => document.getElementById(id);
const escape = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

function highlight(text, evidence) {
  let html = '';
  let cursor = 0;
  for (const item of [...evidence].sort((a, b) => a.start - b.start)) {
    if (item.start < cursor) continue;
    html += escape(text.slice(cursor, item.start));
    html += `<mark class="${item.weight > 0 ? 'pos' : 'neg'}" title="weight ${item.weight}${item.rules.length ? ` (${item.rules.join(', ')})` : ''}">${escape(item.text)}</mark>`;
    cursor = item.end;
  }
  return html + escape(text.slice(cursor));
}

const rows = (items) => items.map((cells) => `<tr>${cells.map((cell) => `<td>${escape(String(cell))}</td>`).join('')}</tr>`).join('') || '<tr><td class="muted">none</td></tr>';

function render() {
  const text = $('input').value;
  const result = analyze(text, { aspects: true });
  $('label').textContent = result.sentiment.label;
  $('label').className = `label ${result.sentiment.label}`;
  $('score').textContent = `score ${result.sentiment.score.toFixed(2)}, confidence ${result.sentiment.confidence.toFixed(2)}`;
  $('text').innerHTML = highlight(text, result.evidence);
  $('emotions').innerHTML = rows(Object.entries(result.emotions.scores).filter(([, score]) => score.intensity >= 0.3).map(([name, score]) => [name, score.intensity.toFixed(2), score.evidence.map((item) => `"${item.text}"`).join(', ')]));
  $('intents').innerHTML = rows(result.intents.map((intent) => [intent.intent, intent.confidence.toFixed(2), intent.evidence.map((item) => `"${item.text}"${item.conditional ? ' (conditional)' : ''}`).join(', ')]));
  $('risk').textContent = `escalation ${result.signals.escalationRisk.toFixed(2)}, churn ${result.signals.churnRisk.toFixed(2)}: ${result.signals.factors.map((factor) => `${factor.factor} "${factor.evidence[0]?.text ?? ''}"`).join(', ') || 'no factors'}`;
  $('aspects').innerHTML = rows(result.aspects.map((aspect) => [aspect.term, aspect.category, aspect.sentiment.label, aspect.evidence.map((item) => `"${item.text}"`).join(', ')]));
  $('result').hidden = false;
}

$('analyze').addEventListener('click', render);
document.body.dataset.ready = 'true';

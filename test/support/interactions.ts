// Synthetic interactions for the queue tests: accounts, contacts, roles and channels, with support text whose
// verdicts vary (complaints, praise, churn and escalation phrases), at distinct times over 90 days.
import { seededRandom } from '../../src/fit/random.js';
import type { QueueRecord } from '../../src/bullmq/index.js';

const TEXTS = [
  'The export is broken again and nobody answers. We will cancel if this is not fixed by Friday.',
  'Thanks so much, the new dashboard is great and the team was very helpful.',
  'Billing charged us twice this month, please refund the duplicate charge.',
  'Can you add SSO for our admins? It would help a lot.',
  'Still waiting on a reply for three days, please escalate this to a manager.',
  'The sync works now, thank you for the quick fix!',
  'Our invoice is wrong again. I am really frustrated.',
  'Quick question: where do I find the API key?',
];
const ROLES = ['executive_sponsor', 'champion', 'admin', 'end_user'];
const CHANNELS = ['email', 'chat', 'call'];

/** `count` interactions over `accounts` accounts, deterministic for a seed. */
export function syntheticInteractions(count: number, accounts: number, seed = 7): QueueRecord[] {
  const random = seededRandom(seed);
  const start = Date.UTC(2026, 6, 1);
  return Array.from({ length: count }, (_, index) => ({
    id: `i-${index}`,
    accountId: `acct-${Math.floor(random() * accounts)}`,
    contactId: `c-${Math.floor(random() * 3)}`,
    role: ROLES[Math.floor(random() * ROLES.length)]!,
    channel: CHANNELS[Math.floor(random() * CHANNELS.length)]!,
    at: new Date(start + Math.floor(random() * 90 * 86_400_000)).toISOString(),
    text: `${TEXTS[Math.floor(random() * TEXTS.length)]!} (${index})`,
  }));
}

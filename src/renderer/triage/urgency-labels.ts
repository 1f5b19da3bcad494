import type { Urgency } from '../../core/kb/vocabulary';

/** What each urgency asks of the clinician, in the words the banners and referral notes use. */
export const URGENCY_LABELS: Record<Urgency, string> = {
  emergency: 'Emergency: same day',
  urgent: 'Urgent: within days',
  soon: 'Soon: book a medical review',
};

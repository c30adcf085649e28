// English phrasing of candidate actions: one title and one description per catalogue channel.
import type { ActionTextParams, Phrasing } from './phrasing.js';

const inMarket = (market: string | null) => (market ? ` (${market})` : '');
const vs = (competitor: string | null) => (competitor ? ` vs ${competitor}` : '');

export const EN_ACTIONS: Pick<
  Phrasing,
  'actionTitle' | 'actionDescription' | 'projectTitle' | 'projectDescription'
> = {
  actionTitle: {
    tracking: (p) => `Set up conversion tracking on ${p.company}'s site`,
    seo: (p) => `SEO: rank ${p.company} on "${p.offer}" searches${inMarket(p.market)}`,
    content: (p) => `Guides for ${p.audience} on choosing ${p.offer}`,
    google_ads: (p) => `Google Ads search campaign on "${p.offer}"${inMarket(p.market)}`,
    meta_ads: (p) => `Meta ads showing ${p.offer} to ${p.audience}`,
    linkedin_ads: (p) => `LinkedIn ads for ${p.company} aimed at ${p.audience}`,
    email: (p) => `Welcome emails and a monthly newsletter for ${p.company}`,
    webinars: (p) => `Monthly webinars by ${p.company} on ${p.offer}`,
    partnerships: (p) => `Partnerships with businesses that serve ${p.audience}${inMarket(p.market)}`,
    referral: (p) => `Referral programme for customers of ${p.company}`,
    local_seo: (p) => `Optimise ${p.company}'s Google Business Profile${inMarket(p.market)}`,
    events: (p) => `Exhibit ${p.company} at a trade event${inMarket(p.market)}`,
    pr: (p) => `Press pitch: the story of ${p.company}${inMarket(p.market)}`,
    influencers: (p) => `Micro-influencer collaborations around ${p.offer}`,
    marketplace: (p) => `List ${p.offer} on the marketplaces ${p.audience} already use`,
    outbound: (p) => `Outbound prospecting of ${p.audience}${inMarket(p.market)}`,
    community: (p) => `Customer community of ${p.company} around ${p.offer}`,
    reviews: (p) =>
      `Ask every customer of ${p.company} for a review${p.reviewSite ? ` on ${p.reviewSite}` : ''}`,
    retargeting: (p) => `Retarget visitors of ${p.company}'s site`,
    social_organic: (p) => `${p.platform}: three posts a week showing ${p.offer}`,
    landing: (p) => `Landing page for ${p.offer}${vs(p.competitor)}`,
    project: (p) => `Launch ${p.project}`,
  },
  actionDescription: {
    tracking: (p: ActionTextParams) =>
      `Install analytics and conversion events (contact, booking, purchase) on ${p.company}'s site so every campaign can be judged on results.`,
    seo: (p) =>
      `Pick the 10-20 searches buyers of ${p.offer} type, write one page per intent, fix titles and speed, and earn a few local or trade links.`,
    content: (p) =>
      `Publish one practical guide a fortnight answering the questions ${p.audience} ask before buying ${p.offer}; reuse each piece in email and social posts.`,
    google_ads: (p) =>
      `Search campaign on high-intent keywords for ${p.offer}${p.market ? ` around ${p.market}` : ''}, exact and phrase match, one ad group per intent, negative keywords weekly.`,
    meta_ads: (p) =>
      `Facebook and Instagram ads to ${p.audience}: three creatives (product, proof, offer) tested for two weeks, budget moved to the winner.`,
    linkedin_ads: (p) =>
      `Sponsored posts and lead forms targeting ${p.audience} by job title and company size; offer a useful resource rather than a demo.`,
    email: (p) =>
      `A 3-email welcome sequence for new contacts and a monthly newsletter with news from ${p.company}, a useful tip and one clear offer.`,
    webinars: (p) =>
      `A 45-minute live session every month on a problem ${p.offer} solves, with a demo and questions; recordings reused as content.`,
    partnerships: (p) =>
      `Agree cross-promotion with two or three non-competing businesses that already serve ${p.audience}: shared offers, mutual mentions, events.`,
    referral: (p) =>
      `Give existing customers of ${p.company} a simple way to recommend it, with a reward for both sides, asked at the moment of satisfaction.`,
    local_seo: (p) =>
      `Complete ${p.company}'s profile (categories, hours, photos, products), post weekly updates and answer every review.`,
    events: (p) =>
      `Pick one trade event where ${p.audience} go, book a shared stand or a talk, and follow up every contact within a week.`,
    pr: (p) =>
      `Write ${p.company}'s story in one page with photos and figures, and pitch it to ten local or trade journalists.`,
    influencers: (p) =>
      `Send ${p.offer} to ten micro-influencers followed by ${p.audience}, with a personal code to measure sales.`,
    marketplace: (p) =>
      `Create listings for ${p.offer} with strong photos and reviews, keep prices consistent with ${p.company}'s own channels.`,
    outbound: (p) =>
      `Build a list of ${p.audience}, send short personalised messages in sequences of three, and book discovery calls.`,
    community: (p) =>
      `Open a space where customers of ${p.company} share tips about ${p.offer}; host one event or thread a week to keep it alive.`,
    reviews: (p) =>
      `Ask for a review after each purchase or visit (QR code, email, receipt), reply to every review, and show the best ones on ${p.company}'s site.`,
    retargeting: (p) =>
      `Show reminder ads to people who visited ${p.company}'s site without buying, with frequency capped and a time-limited reason to come back.`,
    social_organic: (p) =>
      `Three posts a week on ${p.platform}: how ${p.offer} is made or delivered, customer stories, and one call to action.`,
    project: (p) =>
      `Take ${p.project} through to launch: prepare it, switch it on, announce it to ${p.company}'s customers.`,
    landing: (p) =>
      `One page for ${p.offer} with a single call to action, proof (reviews, figures) and a clear answer to why ${p.company}${p.competitor ? ` rather than ${p.competitor}` : ''}.`,
  },
  projectTitle: {
    online_ordering: (p) =>
      `Launch ${p.project}: switch on online ordering and announce it in store and on Google`,
    website: (p) => `Put ${p.project} live: one page per offer, reviews and a simple contact form`,
    loyalty: (p) => `Launch ${p.project}: a simple card offered at every checkout`,
    subscription: (p) =>
      `Launch ${p.project}: a clear offer, its own page, an announcement to current customers`,
    generic: (p) => `Deliver ${p.project}: prepare, launch, announce`,
  },
  projectDescription: {
    online_ordering: (p) =>
      `Switch on the ordering module of the tool already in place (till software, shop platform) or a dedicated service; build the order page (products, pick-up slots, payment) starting with ${p.offer}; link it from the Google Business Profile and ${p.platform}; announce it in store (poster, QR code at the counter, note on receipts) and to regulars.`,
    website: (p) =>
      `A simple site on a no-code builder: what ${p.company} offers (${p.offer}), customer reviews, hours or areas served and a contact form; linked from the Google Business Profile and ${p.platform}.`,
    loyalty: (p) =>
      `One simple rule (for example the tenth visit free), run by the till software or a card, offered to every customer of ${p.company} and announced in store and on ${p.platform}.`,
    subscription: (p) =>
      `Define the subscription (contents, frequency, price, easy cancellation), give it a clear page, then offer it first to ${p.company}'s current customers by email and on ${p.platform}.`,
    generic: (p) =>
      `Break ${p.project} into three dated steps (prepare, switch on, announce), name who owns it at ${p.company}, and tell customers as soon as it is ready.`,
  },
};

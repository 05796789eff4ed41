// Regenerates ts-fsrs.json: random review histories replayed through ts-fsrs
// (https://github.com/open-spaced-repetition/ts-fsrs, the reference
// TypeScript implementation of FSRS-6), with its card after every review.
// TestAgainstTSFSRS replays the same histories through this package.
//
//   npm install ts-fsrs@5.4.2 && node ts-fsrs.js > ts-fsrs.json
//
// Ratings are Again, Hard and Good only: the ones this app gives.
const T = require('ts-fsrs');

const W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
  1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
const MIN = 60000, DAY = 86400000;

// mulberry32, so that the file is the same on every run.
let seed = 20261124;
function rnd() {
  seed |= 0; seed = seed + 0x6D2B79F5 | 0;
  let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
  t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
  return ((t ^ t >>> 14) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));

// The gap before the next review: at the due time, minutes later, within
// two days (crossing day boundaries), near the due time, or long after.
function gap(card, now) {
  const u = rnd(), due = card.due.getTime() - now;
  if (u < 0.30) return Math.max(0, due);
  if (u < 0.45) return ri(1, 30) * MIN + ri(0, 59) * 1000;
  if (u < 0.60) return ri(30, 2 * 1440) * MIN;
  if (u < 0.75) return Math.max(MIN, Math.round(due * (0.8 + 0.4 * rnd())));
  return Math.round(Math.exp(rnd() * Math.log(500)) * DAY) + ri(0, 1439) * MIN;
}

const f = T.fsrs(T.generatorParameters({
  w: W, request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false,
  enable_short_term: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'],
}));
const histories = [];
for (let h = 0; h < 120; h++) {
  let now = Date.UTC(2020, 0, 1) + ri(0, 6 * 365) * DAY + ri(0, 1439) * MIN;
  let card = T.createEmptyCard(new Date(now));
  const reviews = [];
  const failHeavy = rnd() < 0.5;
  for (let i = 0, n = ri(3, 25); i < n; i++) {
    if (i > 0) now += gap(card, now);
    const g = failHeavy ? (rnd() < 0.3 ? 1 : ri(2, 3)) : ri(1, 3);
    card = f.next(card, new Date(now), g).card;
    // [rating, time ms, state, step, stability, difficulty, scheduled days,
    //  due ms, reps, lapses]
    reviews.push([g, now, card.state, card.learning_steps, card.stability, card.difficulty,
      card.scheduled_days, card.due.getTime(), card.reps, card.lapses]);
  }
  histories.push(reviews);
}
const version = JSON.parse(require('fs').readFileSync(require.resolve('ts-fsrs').replace(/dist.*/, 'package.json'))).version;
// One history to a line, so that a change reads well in a diff.
process.stdout.write('{"source": ' + JSON.stringify('ts-fsrs ' + version + ' (' + T.FSRSVersion + ')') +
  ',\n"histories": [\n' + histories.map(h => JSON.stringify(h)).join(',\n') + '\n]}\n');

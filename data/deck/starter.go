package deck

// Starter is the commented deck `httpcodes deck init` writes: an example of
// each part, to edit or delete.
const Starter = `# A team deck for httpcodes: your team's conventions, codes and scenarios.
# httpcodes finds this file in the current directory or the nearest parent, up
# to the repository root. Check it with: httpcodes deck check
# It is data only: nothing in it is ever run, and links are shown, never opened.

name = "Payments API"              # shown wherever the deck's content appears

# A note on a code the catalogue has: shown on its card, right after the summary.
[[code]]
code = 422
note = "We answer 422 for every validation error, with an RFC 9457 problem+json body listing the fields."
link = "https://wiki.example.com/api/errors#validation"   # optional; http or https

# A code of the team's own (a gateway's, an internal service's): a phrase, a
# summary and an explanation make it one. When the catalogue has the number
# too, it is one more meaning of it, marked with the deck's name.
[[code]]
code = 599
phrase = "Ledger Unavailable"
summary = "Our gateway could not reach the ledger service in time"
explanation = "Sent by the payments gateway, never by the ledger itself. Retry with the same idempotency key."

# A situation from the team's own API, with the team's answer: the quiz asks it
# (httpcodes quiz --scope team asks only these). answer is a catalogue code or
# one of the codes above; why is shown after the answer.
[[scenario]]
text = "A refund asks for more money than the original charge."
answer = 422
why = "The request is well-formed but breaks a business rule: by our convention that is 422."
# versus = [400]                   # optional: codes this scenario tells apart from the answer
`

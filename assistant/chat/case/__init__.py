"""The applicant's own case over the turns: the dialogue state, replies to the question asked back, corrections
and conflicts, facts said across turns, what to ask next, and the eligibility answer a person reads."""

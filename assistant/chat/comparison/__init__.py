"""Comparisons: one attribute side by side across programmes or editions, each side from the sentence that holds
it, or that side's silence."""

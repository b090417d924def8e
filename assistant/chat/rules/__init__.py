"""Answers about what the notices say: what a question asks for, the sentence that holds it in the asked
programme, silence when none does, procedure steps, forms and seals, and questions about the conditions."""

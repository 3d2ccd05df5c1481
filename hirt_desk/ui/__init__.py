"""Qt widgets, models and dialogs. No SQL and no business rules here: slots gather input, call
one function in `hirt_desk.actions` (or a store query passed in), and show the result."""

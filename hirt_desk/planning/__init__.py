"""Planning a case: its status pipeline, treatment calendar, itinerary and visa checks.
Plain Python: no Qt, no database."""

"""Medical records and the day's work around them (issue 20): plain values, no Qt, no database."""

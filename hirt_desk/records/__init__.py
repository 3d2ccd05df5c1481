"""Medical records a facility wants before it gives its opinion, and the tasks a case's own dates
propose (issue 20): pure domain code, no Qt and no database. The store and the window hand it
plain values."""

"""The History screen: every lead, its status and what Octanist answered."""

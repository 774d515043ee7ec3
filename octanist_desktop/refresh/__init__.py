"""Reading back from Octanist: each sent lead's status, the account's recent leads, usage.

No Qt: ``StatusRefresh.run`` blocks, and the window runs it off the GUI thread.
"""

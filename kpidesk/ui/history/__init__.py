"""The workspace history: every change, who made it where and when, and undoing any one."""

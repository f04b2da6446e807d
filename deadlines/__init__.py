"""Pure: the deadline engine (calendar and Art. 36 deadlines, a case's clock, alert planning).

May import: cases' pure values only. No I/O.
"""

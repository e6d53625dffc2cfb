"""Domain logic: plain Python shared by the API and the workers.

No litestar, celery or redis imports here, and nothing heavy (no torch).
"""

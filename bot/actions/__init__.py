"""The bot's custom actions (rasa_sdk): slots in, ``nlu`` and ``qualification`` calls, events out.

The action server (``python -m bot actions``, ``bot.action_server``) imports
every module here and registers each concrete ``Action`` subclass; it runs
them only for Rasa, which shows its token with every call. HTTP lives only in
``lead_service``; the conversation's rules live in ``questionnaire``.
"""

"""The bot's custom actions (rasa_sdk): slots in, ``nlu`` and ``qualification`` calls, events out.

``python -m rasa_sdk --actions bot.actions`` imports every module here and
registers each concrete ``Action`` subclass. HTTP lives only in
``lead_service``; the conversation's rules live in ``questionnaire``.
"""

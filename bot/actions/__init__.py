"""The bot's custom actions (rasa_sdk): slots in, ``nlu`` and ``qualification`` calls, events out.

The action server (``python -m bot actions``, ``bot.action_server``) imports
every module here and registers each concrete ``Action`` subclass; it runs
them only for Rasa, which shows its token with every call. HTTP lives only in
``lead_service``.

- ``form``: the qualification form's validation, one visitor message at a time;
  ``questionnaire`` (pure) decides which slot comes next and in which words;
- ``hearing`` (pure): heard or given, confirmations and corrections;
  ``phrasing`` (pure) says values back; ``defaults`` (pure) fills a currency
  from the visitor's country;
- ``faq``: the visitor's own questions, answered from the playbook;
- ``conversation``: everything but the form (answers, stop, start again, the
  close); ``submission`` and ``draft`` post the lead; ``outcome`` (pure) is
  what is posted and what the visitor hears at the end;
- ``booking``: free slots, the visitor's time zone, booking a call;
- ``state`` reads the slots as values; ``runtime`` builds the long-lived parts.
"""

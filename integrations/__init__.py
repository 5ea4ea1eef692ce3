"""Where leads go: one module per destination behind ``integrations.destination``.

``slack`` (alerts salespeople act on, with ``slack_blocks`` drawing them),
``hubspot``, ``salesforce``, ``pipedrive`` and ``webhook`` (signed generic
webhooks). CRM field mappings are YAML in ``integrations/mappings``
(``integrations.mapping``), and who each salesperson is in each CRM comes from
the owners file (``integrations.owners``); ``lead.LeadView`` reads an event's lead once for
all of them; ``transport`` is the HTTP edge the CRMs share. Nothing here
imports Flask or SQLAlchemy.
"""

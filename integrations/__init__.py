"""Where leads go: one module per destination behind ``integrations.destination``.

``slack`` (alerts salespeople act on, with ``slack_blocks`` drawing them),
``hubspot``, ``salesforce``, ``pipedrive`` and ``webhook`` (signed generic
webhooks). CRM field mappings are YAML in ``integrations/mappings``
(``integrations.mapping``), and who each salesperson is in each CRM comes from
the owners file (``integrations.owners``); ``lead.LeadView`` reads an event's lead once for
all of them; ``transport`` is the HTTP edge the CRMs share.

The preflight: ``doctor`` runs the read-only checks each destination kind
registers (``hubspot_doctor``, ``salesforce_doctor``, ``pipedrive_doctor``,
``webhook_doctor``; Slack's in ``slack_doctor``) against the live accounts;
``hubspot_setup`` makes the custom properties HubSpot needs first; both are
commands of ``python -m integrations`` (``__main__``, which reads the
service's configuration through ``webhooks.settings``). Nothing here imports
Flask or SQLAlchemy.
"""

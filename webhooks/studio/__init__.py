"""The marketers' studio: sign-in, the playbook editor, leads and the funnel, under ``/studio``.

Wiring, in ``create_app``: ``studio.init_app(app)``. First run: ``setup``
(the first account, from this machine or with the code printed at start). Every view module
registers its routes on ``bp``; ``auth.login_required`` guards them, and
``auth.current_user()`` / ``auth.audit(...)`` say who did what. Pages extend
``studio/base.html`` (blocks ``title``, ``head``, ``content``; set ``nav`` to
``"playbook"``, ``"leads"`` or ``"funnel"`` to highlight the menu). Forms carry
``{{ csrf_field() }}``; scripts send the ``csrf-token`` meta as ``X-CSRFToken``.
"""

from __future__ import annotations

from flask import Blueprint, Flask
from markupsafe import Markup

from webhooks.studio import sessions  # noqa: E402,F401  (its table joins the models' metadata with the studio)

bp = Blueprint("studio", __name__, url_prefix="/studio", template_folder="templates", static_folder="static")


@bp.app_template_global()
def csrf_field() -> Markup:
    """The hidden CSRF input every studio form carries."""
    from flask_wtf.csrf import generate_csrf

    return Markup('<input type="hidden" name="csrf_token" value="%s">') % generate_csrf()


def init_app(app: Flask) -> None:
    from webhooks.studio import auth, editor, funnel, leads, people, setup, translations, tryout  # noqa: F401  (routes and filters register on bp)

    auth.init_app(app)
    app.register_blueprint(bp)
    setup.announce(app)  # no account yet: the terminal says where to create the first one

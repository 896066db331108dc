"""Return on investment of a shorter prompt: the one formula stage 01 plans with and stage 05
recomputes with the prompt lengths it measured."""

from __future__ import annotations

import math

from .configs import AssessConfig


def as_number(value):
    """A finite float, or None for anything else (booleans, text, NaN)."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) or math.isinf(number) else number


def roi(current_prompt_tokens: float, tuned_prompt_tokens: float, queries_per_day: float,
        price_per_million_tokens: float = AssessConfig.price_per_million_tokens, training_gpu_hours: float = 4.0,
        gpu_price_per_hour: float = AssessConfig.gpu_price_per_hour, other_costs: float = 0.0,
        extra_monthly_cost: float = 0.0, days_per_month: float = 30.0, horizon_months: int = 24) -> dict:
    """Monthly savings of a shorter prompt against the one-off cost of getting it.

    savings/month = (current - tuned prompt tokens) x queries/day x days/month x price per token,
    less `extra_monthly_cost` (serving the tuned model, if any); one-off cost = GPU hours x price per
    hour + `other_costs` (people's time, data preparation); break-even = one-off / net monthly savings.
    Bad inputs are clamped to zero and listed under "problems"; nothing raises.
    """
    problems = []

    def clean(name, value, default=0.0):
        number = as_number(value)
        if number is None or number < 0:
            problems.append(f"{name} must be a number of 0 or more, not {value!r}; using {default:g}.")
            return default
        return number

    current, tuned, volume, price, hours, gpu_price, other, extra = (clean(name, value) for name, value in (
        ("current_prompt_tokens", current_prompt_tokens), ("tuned_prompt_tokens", tuned_prompt_tokens),
        ("queries_per_day", queries_per_day), ("price_per_million_tokens", price_per_million_tokens),
        ("training_gpu_hours", training_gpu_hours), ("gpu_price_per_hour", gpu_price_per_hour),
        ("other_costs", other_costs), ("extra_monthly_cost", extra_monthly_cost)))
    days = clean("days_per_month", days_per_month, 30.0) or 30.0
    horizon = int(clean("horizon_months", horizon_months, 24) or 24)
    if tuned > current:
        problems.append(f"The tuned prompt ({tuned:g} tokens) is longer than the current one ({current:g}): "
                        "no token savings.")
    saved_per_query = max(current - tuned, 0.0)
    tokens_per_day = saved_per_query * volume
    tokens_per_month = tokens_per_day * days
    gross = tokens_per_month / 1e6 * price
    monthly = gross - extra
    training = hours * gpu_price
    one_off = training + other
    if monthly > 0:
        break_even = one_off / monthly
    else:
        break_even = None
        problems.append("The savings do not cover the running costs: the prompt saving alone never pays back.")
    if break_even is not None and break_even > horizon:
        horizon = min(120, math.ceil(break_even * 1.25))  # show the crossing when it is within ten years
    months = list(range(horizon + 1))
    return {
        "current_prompt_tokens": current, "tuned_prompt_tokens": tuned, "queries_per_day": volume,
        "price_per_million_tokens": price, "days_per_month": days,
        "tokens_saved_per_query": saved_per_query, "tokens_saved_per_day": tokens_per_day,
        "tokens_saved_per_month": tokens_per_month, "gross_monthly_savings": round(gross, 2),
        "extra_monthly_cost": extra, "monthly_savings": round(monthly, 2),
        "training_gpu_hours": hours, "gpu_price_per_hour": gpu_price, "training_cost": round(training, 2),
        "other_costs": other, "one_off_cost": round(one_off, 2),
        "break_even_months": None if break_even is None else round(break_even, 2),
        "break_even_text": _months(break_even),  # the one wording, for the report and the plot alike
        "first_year_net": round(12 * monthly - one_off, 2),
        "months": months, "cumulative_savings": [round(m * monthly, 2) for m in months],
        "problems": problems,
    }


def roi_table(r: dict) -> list[tuple[str, str]]:
    """The ROI as (item, value) rows for a report."""
    be = r.get("break_even_months")
    return [
        ("Prompt today", f"{r['current_prompt_tokens']:,.0f} tokens"),
        ("Prompt after fine-tuning", f"{r['tuned_prompt_tokens']:,.0f} tokens"),
        ("Queries per day", f"{r['queries_per_day']:,.0f}"),
        ("Tokens saved per day", f"{r['tokens_saved_per_day']:,.0f}"),
        ("Price per million input tokens", f"{r['price_per_million_tokens']:,.2f}"),
        ("Savings per month", f"{r['monthly_savings']:,.2f}"),
        ("Training (GPU hours x price)", f"{r['training_gpu_hours']:,.1f} h x {r['gpu_price_per_hour']:,.2f} = "
                                         f"{r['training_cost']:,.2f}"),
        ("Other one-off costs", f"{r['other_costs']:,.2f}"),
        ("Break-even", _months(be)),
        ("Net after 12 months", f"{r['first_year_net']:,.2f}"),
    ]


def _months(months: float | None) -> str:
    if months is None:
        return "never"
    if months >= 1:
        return f"{months:,.1f} months"
    days = months * 30
    return "under a day" if days < 1 else f"{days:.0f} day{'s' if round(days) > 1 else ''}"

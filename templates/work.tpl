{{%AUTOESCAPE context="HTML"}}<h1>{{T_WORK_TITLE}}</h1>
{{#PERIOD_CHANGED}}<div class="notice" role="status"><p>{{T_WORK_PERIOD_CHANGED}}</p></div>
{{/PERIOD_CHANGED}}{{#WAITING}}<p class="waiting">{{T_WORK_WAITING}}: <strong>{{N}}</strong></p>
{{/WAITING}}{{#NO_OPEN}}<p>{{T_WORK_NO_OPEN}}</p>
{{/NO_OPEN}}{{#PERIOD}}<h2>{{T_PERIOD}} {{PERIOD}}</h2>
<p>{{T_DEADLINE}}: {{DEADLINE}}</p>
{{#NO_UNITS}}<p>{{T_WORK_NO_UNITS}}</p>{{/NO_UNITS}}
{{#HAS_UNITS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-units-{{PERIOD}}"><table>
<caption id="cap-units-{{PERIOD}}">{{T_WORK_UNITS}} {{PERIOD}}</caption>
<thead><tr><th scope="col">{{T_ORG_UNIT}}</th><th scope="col">{{T_STATE}}</th><th scope="col" class="num">{{T_WORK_ENTERED}}</th><th scope="col">{{T_WORK_ATTENTION}}</th></tr></thead>
<tbody>
{{#UNIT}}<tr><th scope="row"><a href="/entry/{{UNIT_ID}}/{{PERIOD}}">{{UNIT_NAME}}</a></th><td><span class="state state-{{STATE_KEY}}"><span aria-hidden="true">{{STATE_ICON}}</span> {{STATE_WORD}}</span></td><td class="num">{{ENTERED}} / {{INDICATORS}}</td><td>{{#OVERDUE}}<span class="status status-off_track"><span aria-hidden="true">&#9632;</span> {{T_WORK_OVERDUE}}</span> {{/OVERDUE}}{{#AWAITS}}<span class="status status-at_risk"><span aria-hidden="true">&#9650;</span> {{T_WORK_AWAITS}}</span> {{/AWAITS}}{{#COMMENT}}<span class="comment">{{T_WORK_RETURNED_WITH}}: {{TEXT}}</span>{{/COMMENT}}</td></tr>
{{/UNIT}}</tbody>
</table></div>{{/HAS_UNITS}}
{{/PERIOD}}{{#ADMIN}}<h2>{{T_WORK_PERIODS}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-periods"><table>
<caption id="cap-periods">{{T_WORK_PERIODS}}</caption>
<thead><tr><th scope="col">{{T_PERIOD}}</th><th scope="col">{{T_DEADLINE}}</th><th scope="col">{{T_STATE}}</th><th scope="col">{{T_WORK_ACTION}}</th></tr></thead>
<tbody>
{{#APERIOD}}<tr><th scope="row">{{PERIOD}}</th><td>{{DEADLINE}}</td><td>{{STATE}}</td><td>{{#CAN_OPEN}}<form method="post" action="/periods/{{PERIOD}}/state" class="inline" aria-labelledby="open-{{PERIOD}}"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="to" value="open"><button type="submit" id="open-{{PERIOD}}">{{T_WORK_OPEN}} {{PERIOD}}</button></form>{{/CAN_OPEN}}{{#CAN_CLOSE}}<form method="post" action="/periods/{{PERIOD}}/state" class="inline" aria-labelledby="close-{{PERIOD}}"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="to" value="closed"><button type="submit" id="close-{{PERIOD}}">{{T_WORK_CLOSE}} {{PERIOD}}</button></form>{{/CAN_CLOSE}}</td></tr>
{{/APERIOD}}</tbody>
</table></div>
{{/ADMIN}}

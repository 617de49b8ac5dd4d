{{%AUTOESCAPE context="HTML"}}<h1 id="entry-title">{{T_ENTRY_TITLE}}: {{UNIT_NAME}}, {{PERIOD}}</h1>
<dl class="facts">
<dt>{{T_STATE}}</dt><dd><span class="state state-{{STATE_KEY}}"><span aria-hidden="true">{{STATE_ICON}}</span> {{STATE_WORD}}</span></dd>
<dt>{{T_DEADLINE}}</dt><dd>{{DEADLINE}}</dd>
<dt>{{T_PERIOD}}</dt><dd>{{PERIOD_STATE}}</dd>
</dl>
{{#RETURNED}}<div class="notice" role="note"><h2>{{T_ENTRY_RETURNED_COMMENT}}</h2><p>{{COMMENT}}</p></div>{{/RETURNED}}
{{#NOTICE}}<div class="notice" role="status"><p>{{MESSAGE}}</p></div>{{/NOTICE}}
{{#PROBLEM}}<div class="problem" role="alert"><h2>{{PROBLEM_TITLE}}</h2><p>{{MESSAGE}}</p>{{#COUNT}}<p>{{T_ENTRY_FIELDS_WRONG}}: {{N}}</p>{{/COUNT}}</div>{{/PROBLEM}}
{{#EDITABLE}}<p>{{T_ENTRY_HELP}}</p>
<p><a href="/entry/{{UNIT_ID}}/{{PERIOD}}/template.csv">{{T_ENTRY_TEMPLATE}}</a> · <a href="/entry/{{UNIT_ID}}/{{PERIOD}}/template.xlsx">{{T_ENTRY_TEMPLATE_XLSX}}</a> · <a href="/import">{{T_IMPORT_TITLE}}</a></p>
<form method="post" action="/entry/{{UNIT_ID}}/{{PERIOD}}" class="entry" novalidate aria-labelledby="entry-title">
<input type="hidden" name="csrf" value="{{CSRF}}">
{{/EDITABLE}}{{#NO_LINES}}<p>{{T_ENTRY_NOTHING}}</p>{{/NO_LINES}}{{#HAS_FIGS}}<h2>{{T_INDICATORS}}</h2>
{{/HAS_FIGS}}{{#FIG}}<fieldset class="figure" id="{{PFX}}" data-decimals="{{DECIMALS}}" data-direction="{{DIRECTION}}" data-tolerance="{{TOLERANCE}}" data-target="{{TARGET_PLAIN}}" data-kind="{{KIND}}">
<legend>{{NAME}} <span class="code">{{CODE}}</span> ({{UNIT}})</legend>
<dl class="facts">
<dt>{{T_TARGET}} {{PERIOD}}</dt><dd>{{TARGET}}</dd>
<dt>{{T_YEAR_TARGET}}</dt><dd>{{YEAR_TARGET}}</dd>
<dt>{{T_ENTRY_LAST}}</dt><dd>{{LAST_VALUE}}</dd>
{{#LAST_EXPLANATION}}<dt>{{T_ENTRY_LAST_EXPLANATION}}</dt><dd>{{TEXT}}</dd>
{{/LAST_EXPLANATION}}<dt>{{T_ENTRY_STATUS}}</dt><dd><span class="status {{STATUS_CLASS}}" id="{{PFX}}_status"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{#JUDGED}} <span class="judged">({{T_ENTRY_YTD}}: {{TEXT}})</span>{{/JUDGED}}</dd>
<dt>{{T_ENTRY_HISTORY}}</dt><dd><a href="/figures/{{IND_ID}}/{{UNIT_ID}}/{{PERIOD}}">{{T_ENTRY_HISTORY_LINK}}</a></dd>
</dl>
{{#VERSION}}<input type="hidden" name="{{PFX}}_version" value="{{V}}">
{{/VERSION}}{{#FIELD}}<div class="field{{#BAD}} field-bad{{/BAD}}">
{{#NUMBER}}<label for="{{PFX}}_{{FNAME}}">{{LABEL}}</label>
{{/NUMBER}}{{#TEXTAREA}}<label for="{{PFX}}_{{FNAME}}">{{LABEL}}</label>
{{/TEXTAREA}}{{#RO}}<p class="label">{{LABEL}}</p>
{{/RO}}<p class="hint" id="{{PFX}}_{{FNAME}}_hint">{{HINT}}</p>
{{#ERR}}<p class="field-error" id="{{PFX}}_{{FNAME}}_err"><span aria-hidden="true">&#9888;</span> {{MSG}}{{#UNDERSTOOD}} {{T_ENTRY_UNDERSTOOD}}: {{TEXT}}.{{/UNDERSTOOD}}{{#LIMIT}} {{T_ENTRY_LIMIT}}: {{TEXT}}.{{/LIMIT}}</p>
{{/ERR}}{{#THEIRS}}<p class="conflict" id="{{PFX}}_{{FNAME}}_theirs">{{T_ENTRY_THEIRS}}: <strong>{{TEXT}}</strong></p>
{{/THEIRS}}{{#NUMBER}}<input type="text" inputmode="decimal" autocomplete="off" id="{{PFX}}_{{FNAME}}" name="{{PFX}}_{{FNAME}}" value="{{VALUE}}" aria-invalid="{{INVALID}}" aria-describedby="{{DESCRIBEDBY}}">
{{/NUMBER}}{{#TEXTAREA}}<textarea id="{{PFX}}_{{FNAME}}" name="{{PFX}}_{{FNAME}}" rows="3" cols="60" aria-invalid="{{INVALID}}" aria-describedby="{{DESCRIBEDBY}}">{{VALUE}}</textarea>
{{/TEXTAREA}}{{#RO}}<p class="ro" id="{{PFX}}_{{FNAME}}">{{VALUE}}</p>
{{/RO}}</div>
{{/FIELD}}</fieldset>
{{/FIG}}{{#HAS_COSTS}}<h2>{{T_ENTRY_COSTS}}</h2>
{{/HAS_COSTS}}{{#COST}}<fieldset class="cost" id="{{PFX}}">
<legend>{{NAME}}</legend>
<dl class="facts">
<dt>{{T_ENTRY_BUDGET_TO_DATE}}</dt><dd>{{BUDGET}}</dd>
<dt>{{T_YEAR_BUDGET}}</dt><dd>{{YEAR_BUDGET}}</dd>
<dt>{{T_ENTRY_LAST}}</dt><dd>{{LAST_VALUE}}</dd>
{{#DEVIATION}}<dt>{{T_ENTRY_DEVIATION}}</dt><dd>{{TEXT}}{{#NEEDS}} <span class="status status-at_risk"><span aria-hidden="true">▲</span> {{T_STATUS_AT_RISK}}</span> ({{T_ENTRY_DEVIATION_BEYOND}}){{/NEEDS}}</dd>
{{/DEVIATION}}</dl>
{{#VERSION}}<input type="hidden" name="{{PFX}}_version" value="{{V}}">
{{/VERSION}}{{#FIELD}}<div class="field{{#BAD}} field-bad{{/BAD}}">
{{#NUMBER}}<label for="{{PFX}}_{{FNAME}}">{{LABEL}}</label>
{{/NUMBER}}{{#TEXTAREA}}<label for="{{PFX}}_{{FNAME}}">{{LABEL}}</label>
{{/TEXTAREA}}{{#RO}}<p class="label">{{LABEL}}</p>
{{/RO}}<p class="hint" id="{{PFX}}_{{FNAME}}_hint">{{HINT}}</p>
{{#ERR}}<p class="field-error" id="{{PFX}}_{{FNAME}}_err"><span aria-hidden="true">&#9888;</span> {{MSG}}{{#UNDERSTOOD}} {{T_ENTRY_UNDERSTOOD}}: {{TEXT}}.{{/UNDERSTOOD}}</p>
{{/ERR}}{{#THEIRS}}<p class="conflict" id="{{PFX}}_{{FNAME}}_theirs">{{T_ENTRY_THEIRS}}: <strong>{{TEXT}}</strong></p>
{{/THEIRS}}{{#NUMBER}}<input type="text" inputmode="decimal" autocomplete="off" id="{{PFX}}_{{FNAME}}" name="{{PFX}}_{{FNAME}}" value="{{VALUE}}" aria-invalid="{{INVALID}}" aria-describedby="{{DESCRIBEDBY}}">
{{/NUMBER}}{{#TEXTAREA}}<textarea id="{{PFX}}_{{FNAME}}" name="{{PFX}}_{{FNAME}}" rows="3" cols="60" aria-invalid="{{INVALID}}" aria-describedby="{{DESCRIBEDBY}}">{{VALUE}}</textarea>
{{/TEXTAREA}}{{#RO}}<p class="ro" id="{{PFX}}_{{FNAME}}">{{VALUE}}</p>
{{/RO}}</div>
{{/FIELD}}</fieldset>
{{/COST}}{{#EDITABLE}}<div class="actions">
<button type="submit" name="action" value="save" class="secondary">{{T_ENTRY_SAVE}}</button>
<button type="submit" name="action" value="submit">{{T_ENTRY_SUBMIT}}</button>
</div>
</form>
{{/EDITABLE}}{{#DECIDE}}<h2 id="decide-title">{{T_ENTRY_DECIDE}}</h2>
<form method="post" action="/entry/{{UNIT_ID}}/{{PERIOD}}/decision" aria-labelledby="decide-title">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field"><label for="decision_comment">{{T_ENTRY_COMMENT}}</label>
<p class="hint" id="decision_comment_hint">{{T_ENTRY_COMMENT_HINT}}</p>
{{#COMMENT_ERR}}<p class="field-error" id="decision_comment_err"><span aria-hidden="true">&#9888;</span> {{MSG}}</p>
{{/COMMENT_ERR}}<textarea id="decision_comment" name="comment" rows="3" cols="60" aria-invalid="{{INVALID}}" aria-describedby="{{DESCRIBEDBY}}">{{COMMENT}}</textarea></div>
<div class="actions">
<button type="submit" name="action" value="approve">{{T_ENTRY_APPROVE}}</button>
<button type="submit" name="action" value="return" class="secondary">{{T_ENTRY_RETURN}}</button>
</div>
</form>
{{/DECIDE}}{{#OWN_SUBMISSION}}<h2>{{T_ENTRY_DECIDE}}</h2>
<p class="notice" role="note">{{MESSAGE}}</p>
{{/OWN_SUBMISSION}}{{#REOPEN}}<h2 id="reopen-title">{{T_ENTRY_REOPEN}}</h2>
<form method="post" action="/entry/{{UNIT_ID}}/{{PERIOD}}/reopen" aria-labelledby="reopen-title">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="field"><label for="reopen_reason">{{T_ENTRY_REOPEN_REASON}}</label>
<p class="hint" id="reopen_reason_hint">{{T_ENTRY_REOPEN_HINT}}</p>
{{#COMMENT_ERR}}<p class="field-error" id="reopen_reason_err"><span aria-hidden="true">&#9888;</span> {{MSG}}</p>
{{/COMMENT_ERR}}<textarea id="reopen_reason" name="reason" rows="3" cols="60" aria-invalid="{{INVALID}}" aria-describedby="{{DESCRIBEDBY}}">{{COMMENT}}</textarea></div>
<div class="actions"><button type="submit">{{T_ENTRY_REOPEN}}</button></div>
</form>
{{/REOPEN}}<ul hidden id="status-looks">{{#STATUS_LOOK}}<li data-status="{{STATUS}}" class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</li>{{/STATUS_LOOK}}</ul>
<script src="{{URL_ENTRY_JS}}" defer></script>

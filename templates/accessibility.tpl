{{%AUTOESCAPE context="HTML"}}<h1>{{T_A11Y_TITLE}}</h1>
<p>{{T_A11Y_BODY1}}</p>
<p>{{T_A11Y_SCOPE}}</p>
<h2>{{T_A11Y_STATUS_TITLE}}</h2>
<p>{{T_A11Y_STATUS}}</p>
<h2>{{T_A11Y_METHOD_TITLE}}</h2>
<p>{{T_A11Y_BODY2}}</p>
<h2>{{T_A11Y_LIMITS_TITLE}}</h2>
<ul>
<li>{{T_A11Y_LIMIT_PDF}}</li>
<li>{{T_A11Y_LIMIT_CHARTS}}</li>
</ul>
<h2>{{T_A11Y_CONTACT_TITLE}}</h2>
<p>{{T_A11Y_CONTACT}}</p>
<p>{{T_A11Y_ESCALATION}}</p>
<p>{{T_A11Y_DATES}}</p>

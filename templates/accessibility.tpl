{{%AUTOESCAPE context="HTML"}}<h1>{{T_A11Y_TITLE}}</h1>
<p>{{T_A11Y_BODY1}}</p>
<p>{{T_A11Y_BODY2}}</p>
<p>{{T_A11Y_CONTACT}}</p>

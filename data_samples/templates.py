"""Text templates and catalogues for the Brisa Bikes sample data (used by generate.py).

Pure data, no logic. Placeholders in braces are filled by generate.py. In ticket templates a
leading "+" (or "++") raises the ticket's priority one (two) steps and a leading "-" lowers it.
"""

BIKES = [  # (English name, Spanish name (feminine, no article), net price in EUR)
    ("Brisa Urbana 7 city bike", "bici urbana Brisa Urbana 7", 549.00),
    ("Brisa Turia e-bike 500Wh", "bici eléctrica Brisa Turia 500Wh", 1899.00),
    ("Brisa Albufera gravel bike", "bici de gravel Brisa Albufera", 1290.00),
    ("Brisa Serra 29 MTB", "bici de montaña Brisa Serra 29", 1150.00),
    ("Brisa Mini 20 kids' bike", "bici infantil Brisa Mini 20", 289.00),
    ("Brisa Plegable folding bike", "bici plegable Brisa Plegable", 699.00),
    ("Brisa Carrera road bike", "bici de carretera Brisa Carrera", 1590.00),
    ("Brisa Cargo longtail e-bike", "bici de carga Brisa Cargo", 3290.00),
    ("Brisa Devesa trekking bike", "bici de trekking Brisa Devesa", 879.00),
    ("Brisa Turia Step-Through e-bike", "bici eléctrica Brisa Turia Step-Through", 1990.00),
]
PARTS = [  # (English name, Spanish name with its article, net price in EUR)
    ("Shimano Deore rear derailleur", "el cambio trasero Shimano Deore", 64.90),
    ("Continental Grand Prix 5000 tyre", "la cubierta Continental Grand Prix 5000", 54.95),
    ("SRAM PC-1110 chain", "la cadena SRAM PC-1110", 29.90),
    ("Brisa LED light set", "el juego de luces LED Brisa", 34.50),
    ("Brisa alloy mudguard set", "el juego de guardabarros Brisa", 27.90),
    ("Shimano MT200 hydraulic brake set", "el juego de frenos hidráulicos Shimano MT200", 79.00),
    ("RockShox Judy suspension fork", "la horquilla de suspensión RockShox Judy", 389.00),
    ("Brisa 500Wh spare battery", "la batería de repuesto Brisa 500Wh", 529.00),
    ("Brooks B17 saddle", "el sillín Brooks B17", 119.00),
    ("Brisa rear rack", "el portabultos trasero Brisa", 39.90),
    ("Kryptonite Evolution D-lock", "el candado en U Kryptonite Evolution", 64.00),
    ("Brisa floor pump", "la bomba de pie Brisa", 24.90),
    ("tubeless conversion kit", "el kit de conversión tubeless", 44.90),
    ("Shimano 11-speed cassette 11-34", "el cassette Shimano de 11 velocidades 11-34", 69.90),
    ("carbon seatpost 27.2mm", "la tija de carbono 27,2 mm", 89.00),
    ("Brisa kids' helmet", "el casco infantil Brisa", 29.90),
    ("Garmin Edge 540 bike computer", "el ciclocomputador Garmin Edge 540", 349.00),
    ("700c alloy wheelset", "el juego de ruedas de aluminio 700c", 249.00),
    ("Brisa 20L pannier bag", "la alforja Brisa de 20 l", 49.90),
    ("e-bike charger 42V", "el cargador para e-bike 42V", 89.00),
]
COLORS = [("matt black", "negro mate"), ("sea blue", "azul mar"), ("sand", "arena"),
          ("olive green", "verde oliva"), ("orange", "naranja"), ("pearl white", "blanco perla")]
SIZES = ["S", "M", "L", "XL", "48 cm", "52 cm", "54 cm", "56 cm"]
BIKE_SPECS = {"en": ["a 2019 Trek Marlin 7 with a 12 mm thru-axle", "an old Specialized Rockhopper with quick-release wheels",
                     "my Brisa Devesa from 2021", "a Giant Escape 3 with 8-speed gearing", "a Boardman hybrid with disc brakes",
                     "a Cube Attention with a tapered head tube"],
              "es": ["una Orbea Alma de 2020", "mi BH Atom de hace dos años", "una Brisa Devesa de 2021",
                     "una Trek Marlin 5 con eje pasante de 12 mm"]}
ERRORS = ["E010", "E023", "E031", "W011", "E504"]
COURIERS = {"ES": ["SEUR", "Correos Express", "MRW", "GLS"], "UK": ["DPD", "Royal Mail", "Evri", "DHL"],
            "EU": ["DHL", "GLS", "DPD", "UPS"]}
DISCOUNT_CODES = ["SPRING15", "BRISA10", "WELCOME5", "BLACKFRIDAY20", "RIDE2024"]

# ----------------------------------------------------------------------------- tickets
TICKETS_EN = {
    "billing": [
        "+I was charged twice for order {order}: {amount} left my account on {date} and again the next day.",
        "Invoice {inv} shows {amount} but the checkout total was lower, can you explain the difference?",
        "-Could you send me a proper VAT invoice for {order}? I need it for my company accounts.",
        "My card statement shows a payment of {amount} to Brisa Bikes that I don't recognise at all.",
        "The discount code {code} wasn't applied to {order}, so I paid full price for the {product}.",
        "I paid by bank transfer on {date} but order {order} still says awaiting payment.",
        "-Please correct the billing address on invoice {inv}, it should read {address}.",
        "You've charged me shipping on {order} even though it was well over the free delivery threshold.",
        "The VAT on invoice {inv} looks wrong: I'm in the UK and I was charged Spanish IVA on top.",
        "My payment keeps getting declined at checkout although the same card works everywhere else.",
        "I was promised a price-match credit of {amount} for the {product} but it never showed on my card.",
        "Your system took a deposit of {amount} for a pre-order that I cancelled weeks ago.",
        "There is still a pending charge of {amount} from {date} that hasn't dropped off my account.",
        "I need the invoice for {order} issued to my company, tax number {idnum}, not to me personally.",
        "Paid {amount} by transfer from {iban} on {date}, please confirm you have matched it to {order}.",
    ],
    "shipping_delay": [
        "My order {order} was due on {date} and it still hasn't arrived.",
        "Tracking for {order} hasn't moved for {days} days, it just says in transit with {courier}.",
        "Where is my {product}? I ordered it {days} days ago and haven't even had a dispatch e-mail.",
        "+{courier} says the parcel was delivered but nothing came to {address}.",
        "The website promised delivery in 2-3 days but {order} has been processing for over a week.",
        "++I need the {product} for a race on Saturday, when will {order} actually ship?",
        "The tracking link in your e-mail doesn't work and I have no idea where my parcel is.",
        "My parcel seems to be stuck in customs between Spain and the UK, reference {order}.",
        "+Order {order} is now {days} days late and nobody has answered my previous message.",
        "{courier} tried to deliver while I was at work and the parcel went back to the depot, what happens now?",
        "Only one of the two boxes for {order} has arrived, the one with the {part} is still missing.",
        "Can you chase {courier} for me? My delivery to {address} was supposed to be yesterday.",
        "I paid for express shipping on {order} and it has taken longer than standard would have.",
        "-Just checking on {order}, the estimated delivery date keeps moving back a day at a time.",
    ],
    "returns_refunds": [
        "I'd like to return the {product} from order {order}, it's too big for me, please send a return label.",
        "I sent the {product} back on {date} and I still haven't had my refund of {amount}.",
        "Please refund the {amount} to my account {iban}, the card I paid with has been cancelled.",
        "The {part} I received isn't compatible with my bike, how do I send it back?",
        "I changed my mind about the {product}; it's unused and in the original box, can I get my money back?",
        "+Your returns portal won't accept {order}, it says the window has closed but it's only been {days} days.",
        "You refunded {amount} but I returned two items, the {part} is missing from the refund.",
        "Can I swap the {product} in size {size} for a {size2} instead of a refund?",
        "{courier} collected my return on {date}, when will the refund be processed?",
        "I'd like a refund for the {part} on {order}, it doesn't fit and I have no use for it.",
        "-Do I have to pay the return postage for the {product}? It was a gift and the wrong size.",
        "Your warehouse confirmed my return last week but the refund status still says pending.",
        "The refund for {order} went to an old card, could you send it to {iban} instead?",
        "-What is your returns policy for the {part}? The packaging has been opened but it was never fitted.",
    ],
    "damaged_item": [
        "The {product} arrived with a bent rear wheel, and the box was crushed on one corner.",
        "The {part} from order {order} arrived cracked, I have photos if you need them.",
        "The frame of the {product} has a deep scratch along the top tube, straight out of the box.",
        "The box for {order} was soaking wet and the {part} inside has gone rusty.",
        "One of the brake levers on the {product} snapped off while I was unpacking it.",
        "The {part} is missing its bolts and the packaging had clearly been opened before.",
        "The courier left the parcel outside and now the {product} has a dent in the down tube.",
        "The display on the {product} is cracked and it won't switch on.",
        "Several spokes were broken on the front wheel when the {product} was delivered on {date}.",
        "The {part} arrived in pieces, it looks like it was dropped in transit.",
        "-The paint on the {product} is chipped in three places and the saddle cover is torn.",
        "My {product} arrived with a flat tyre and a buckled rim, I haven't even ridden it yet.",
        "++The battery for {order} arrived with a swollen casing and I'm not comfortable charging it.",
        "The derailleur hanger on the {product} was bent in the box so the gears won't index.",
    ],
    "product_question": [
        "Does the {product} come with pedals, or do I need to order them separately?",
        "Will the {part} fit {bike_spec}?",
        "What frame size of the {product} would you recommend for someone {height} tall?",
        "Is the {product} available in {color}, and when will it be back in stock?",
        "How much does the {product} weigh with everything fitted?",
        "Can the {product} take mudguards and a rear rack for commuting?",
        "What's the maximum rider weight for the {product}?",
        "Is the {part} tubeless-ready, and which valves would I need?",
        "What range does the {product} get on a full charge in eco mode?",
        "Do you sell a child seat that would fit on the {product}?",
        "Is the {product} suitable for gravel tracks or really only for the road?",
        "Which chain should I buy to go with the {part}?",
        "Does the {product} ship fully assembled or will I need tools?",
        "Would the {part} work on {bike_spec}, or is there a better option?",
    ],
    "order_change": [
        "+Can I change the delivery address for {order} to {address}? I've just moved.",
        "I ordered the {product} in {size} but I need a {size2}, can you swap it before it ships?",
        "+Please cancel order {order}, I placed it by mistake.",
        "Could you add the {part} to order {order} so it all comes in one parcel?",
        "I'd like to change the colour of the {product} on {order} from {color} to {color2}.",
        "Please remove the {part} from {order}, I found one at a local shop.",
        "Can you hold order {order} until {date}? I'm away and nobody will be home.",
        "I typed the wrong phone number on {order}, the correct one is {phone}.",
        "Can you upgrade {order} to express delivery? Happy to pay the difference.",
        "+I placed two orders by accident, {order} and {order2}; please cancel the second one.",
        "Is it still possible to send {order} to a pickup point instead of {address}?",
        "Could the {product} on {order} go to my office at {address} instead of my home?",
        "-Please put the name on order {order} as {name}, it's a present.",
        "I'd like to swap the {part} on {order} for the {part2} before it's dispatched.",
    ],
    "account_access": [
        "I can't log in to my account, the password reset e-mail never arrives at {email}.",
        "My account is locked after too many attempts, my customer number is {cust}.",
        "I want to change the e-mail on my account from {email} to a new address.",
        "++Someone may have accessed my account: I got a confirmation for {order} that wasn't me.",
        "+The login code is sent to my old number, please change it to {phone}.",
        "-Please delete my account and all my personal data, customer number {cust}.",
        "I've forgotten which e-mail I registered with; I'm {name}, customer number {cust}.",
        "The login page just reloads every time I enter my password.",
        "I registered as a business customer but my account still shows retail prices, ref {cust}.",
        "I can't see my order history any more after logging in, it has all disappeared.",
        "Please merge my two accounts, {email} and {email2}.",
        "+To verify my identity, my {idlabel} is {idnum}; I need access to account {cust} restored.",
        "The reset link says it has expired every time I click it, even straight away.",
        "I'm locked out of the app on my phone although the website login works fine.",
    ],
    "warranty_repair": [
        "The rear hub on my {product} started grinding after {months} months, is this covered by the warranty?",
        "+The motor on my {product} cuts out on hills and it's only {months} months old.",
        "+A crack has appeared near a weld on the {product} frame, bought {months} months ago under {order}.",
        "The {part} has stopped working properly, is it still under warranty?",
        "-Where can I get my {product} serviced under warranty near {city}?",
        "The battery of my {product} now only holds half its charge after a year.",
        "The gears on my {product} keep slipping even after the local shop adjusted them.",
        "The paint is bubbling on my {product} frame, surely that's a manufacturing defect?",
        "The display of my {product} shows error {err} and the assist won't engage.",
        "The suspension fork on my {product} is leaking oil after only {months} months.",
        "-Do I need the original receipt to claim warranty on the {part}? The order was {order}.",
        "The freehub on my {product} slips under load, I'd like a repair or a replacement.",
        "The {part} creaks badly and the bearings feel rough, it's well within the two-year guarantee.",
        "The charger for my {product} has died after {months} months, can you repair or replace it?",
    ],
}

TICKETS_ES = {
    "billing": [
        "+Me habéis cobrado dos veces el pedido {order}: {amount} el {date} y otra vez al día siguiente.",
        "-Necesito una factura a nombre de mi empresa para el pedido {order}, NIF {idnum}.",
        "El importe de la factura {inv} no coincide con lo que pagué en la web.",
        "Hice una transferencia el {date} desde {iban} y el pedido {order} sigue pendiente de pago.",
        "No se aplicó el código {code} en el pedido {order} y pagué el precio completo.",
    ],
    "shipping_delay": [
        "Mi pedido {order} tenía que llegar el {date} y todavía no ha llegado.",
        "El seguimiento de {courier} no se mueve desde hace {days} días, pedido {order}.",
        "¿Dónde está mi {product}? Lo pedí hace {days} días y no tengo noticias.",
        "+{courier} dice que está entregado pero en {address} no ha llegado nada.",
        "+El pedido {order} lleva una semana en preparación y lo necesito para el fin de semana.",
    ],
    "returns_refunds": [
        "Quiero devolver la {product} del pedido {order}, me queda grande.",
        "Devolví {part} el {date} y aún no me habéis devuelto los {amount}.",
        "Por favor, hacedme el reembolso a la cuenta {iban}, la tarjeta ya no existe.",
        "¿Puedo cambiar la {product} por una talla {size2} en lugar de pedir el reembolso?",
        "-¿Tengo que pagar yo el envío si devuelvo {part}?",
    ],
    "damaged_item": [
        "La {product} ha llegado con la rueda trasera doblada y la caja rota.",
        "En el pedido {order}, {part} ha llegado con daños; tengo fotos.",
        "El cuadro de la {product} tiene un arañazo profundo, recién sacada de la caja.",
        "++La batería del pedido {order} llegó hinchada y no me atrevo a cargarla.",
        "La caja del pedido {order} llegó mojada y {part} tiene óxido.",
    ],
    "product_question": [
        "¿La {product} viene con pedales o hay que comprarlos aparte?",
        "¿Es compatible {part} con {bike_spec}?",
        "¿Qué talla de la {product} me recomendáis si mido {height}?",
        "¿Cuánta autonomía tiene la {product} con la batería cargada en modo eco?",
        "¿Tenéis la {product} en color {color}? ¿Cuándo vuelve a haber stock?",
    ],
    "order_change": [
        "+¿Podéis cambiar la dirección de entrega del pedido {order} a {address}?",
        "+Cancelad el pedido {order}, por favor, lo hice por error.",
        "Quiero añadir {part} al pedido {order} para que venga todo junto.",
        "Me equivoqué de teléfono en el pedido {order}, el correcto es {phone}.",
        "¿Se puede cambiar la talla de la {product} del pedido {order} a {size2} antes del envío?",
    ],
    "account_access": [
        "No puedo entrar en mi cuenta, no me llega el correo para cambiar la contraseña a {email}.",
        "+Mi cuenta {cust} está bloqueada. Mi {idlabel} es {idnum} por si necesitáis comprobarlo.",
        "-Quiero borrar mi cuenta y todos mis datos, número de cliente {cust}.",
        "El enlace para restablecer la contraseña siempre dice que ha caducado.",
        "++Alguien ha hecho el pedido {order} desde mi cuenta y no he sido yo.",
    ],
    "warranty_repair": [
        "+El motor de mi {product} se corta en las cuestas y solo tiene {months} meses.",
        "+Ha salido una grieta en el cuadro de la {product}, ¿lo cubre la garantía?",
        "La batería de la {product} solo aguanta la mitad después de un año.",
        "La pantalla de la {product} muestra el error {err} y no funciona la asistencia.",
        "-¿Dónde puedo llevar la {product} a revisar en garantía cerca de {city}?",
    ],
}

TICKET_SUBJECTS = {  # (English, Spanish); deliberately generic
    "billing": (["Payment query", "Invoice {inv}", "Question about my bill", "Billing", "Order {order} payment"],
                ["Consulta sobre un pago", "Factura"]),
    "shipping_delay": (["Where is my order?", "Order {order} not arrived", "Delivery", "My parcel", "Order {order}"],
                       ["Pedido no recibido", "Entrega del pedido {order}"]),
    "returns_refunds": (["Return", "Refund for {order}", "Returning an item", "Refund", "Order {order}"],
                        ["Devolución", "Reembolso pedido {order}"]),
    "damaged_item": (["Problem with my delivery", "Order {order}", "Damaged item", "Complaint", "Delivery problem"],
                     ["Problema con el pedido", "Pedido {order}"]),
    "product_question": (["Question", "Product question", "Before I buy", "Quick question", "Enquiry"],
                         ["Consulta", "Duda sobre un producto"]),
    "order_change": (["Change to order {order}", "Please amend my order", "My order", "Order {order}", "Request"],
                     ["Cambio en el pedido {order}", "Pedido {order}"]),
    "account_access": (["Can't log in", "My account", "Login problem", "Account", "Help with my account"],
                       ["No puedo entrar", "Problema con mi cuenta"]),
    "warranty_repair": (["Warranty claim", "Fault with my bike", "Repair request", "Problem with my bike", "Issue after {months} months"],
                        ["Garantía", "Avería"]),
}

OPENERS = {"en": ["", "", "Hi,", "Hello,", "Hi there,", "Good morning,", "Hello Brisa Bikes,", "Dear support team,",
                  "Hi team,", "Good afternoon,"],
           "es": ["", "Hola,", "Buenos días,", "Hola, buenas tardes.", "Buenas,"]}
EXTRAS = {  # optional sentence after the body: (text, priority bump)
    "en": [("Order reference is {order}.", 0), ("You can call me on {phone}.", 0), ("My e-mail is {email} if that's easier.", 0),
           ("Please get back to me as soon as possible.", 1), ("This is the second time I've written about this.", 1),
           ("I'd appreciate a quick reply.", 0), ("My number is {phone}, any time after 5pm.", 0),
           ("Honestly I'm quite disappointed.", 0), ("Customer number {cust}.", 0), ("No rush on this one.", -1)],
    "es": [("El número de pedido es {order}.", 0), ("Mi teléfono es {phone}.", 0), ("Podéis escribirme a {email}.", 0),
           ("Es urgente, por favor.", 1), ("Es la segunda vez que escribo por esto.", 1), ("Número de cliente {cust}.", 0)],
}
CLOSERS = {"en": ["", "Thanks, {first}", "Thanks, {name}", "Regards, {name}", "Cheers, {first} ({phone})",
                  "Best, {name} - {email}", "{name}", "Many thanks, {name}, {phone}", "Kind regards, {name}",
                  "{first}", "Thank you, {name} ({email})"],
           "es": ["", "Gracias, {first}", "Un saludo, {name}", "Saludos, {name} ({phone})", "Atentamente, {name}",
                  "{name}, {email}"]}

# ----------------------------------------------------------------------------- e-mails
# scenario -> incoming (en/es) and reply cores (en/es). Replies never repeat personal data other than
# the customer's name and the order/invoice reference.
EMAIL_SCENARIOS = {
    "late_delivery": {
        "subject": ["Where is my order {order}?", "Late delivery - {order}", "Pedido {order} sin entregar"],
        "in_en": ["I ordered the {product} on {date} (order {order}) and it still hasn't arrived. The {courier} tracking has not changed for {days} days. Could you please find out what is going on?",
                  "My order {order} should have been delivered to {address} last week, but nothing has arrived and nobody has been in touch. I need the bike to get to work."],
        "in_es": ["Hice el pedido {order} el {date} y todavía no lo he recibido. El seguimiento de {courier} no cambia desde hace {days} días. ¿Pueden decirme qué ocurre?"],
        "re_en": ["We have checked order {order} with {courier}: the parcel was held at their regional depot after a sorting error. They have confirmed delivery within the next two working days, and you will receive an updated tracking link by e-mail.",
                  "Order {order} left our warehouse on time, but {courier} has reported a delay on their network. We have opened a priority claim, and if the parcel has not reached you within three working days we will send a replacement at no cost."],
        "re_es": ["Hemos consultado el pedido {order} con {courier}: el paquete quedó retenido en su centro regional por un error de clasificación. Nos confirman la entrega en los próximos dos días laborables y recibirá un nuevo enlace de seguimiento por correo."],
    },
    "refund_missing": {
        "subject": ["Refund not received", "Refund for {order}", "Reembolso pendiente {order}"],
        "in_en": ["I returned the {part} from order {order} on {date} and I still haven't received my refund of {amount}. Please refund it to {iban}, as the card I used has since been replaced.",
                  "My return for {order} was collected by {courier} on {date}, but two weeks later there is no sign of the {amount} refund. Can you tell me when I will get my money back?"],
        "in_es": ["Devolví {part} del pedido {order} el {date} y todavía no me han devuelto los {amount}. Les ruego que hagan el reembolso a la cuenta {iban}."],
        "re_en": ["Our warehouse has received your return for order {order} and the refund of {amount} was issued today. Depending on your bank, it should appear on your statement within three to five working days.",
                  "We are sorry that the refund for order {order} has taken longer than it should. The return passed inspection yesterday and {amount} has now been released; you will receive a confirmation e-mail once the bank transfer is complete."],
        "re_es": ["Nuestro almacén ha recibido la devolución del pedido {order} y hoy hemos emitido el reembolso de {amount}. Según su banco, el importe debería aparecer en su cuenta en un plazo de tres a cinco días laborables."],
    },
    "damaged": {
        "subject": ["Damaged delivery {order}", "Broken {product}", "Producto dañado - pedido {order}"],
        "in_en": ["The {product} from order {order} arrived yesterday with a bent rear wheel and a scratched frame. The box was crushed on one side. I have photos of everything.",
                  "I have just unpacked order {order} and the {part} is cracked. The packaging was damaged too. What should I do now?"],
        "in_es": ["El pedido {order} llegó ayer y la {product} tiene la rueda trasera doblada y el cuadro rayado. La caja venía aplastada y tengo fotos."],
        "re_en": ["We are very sorry that your order {order} arrived damaged. Please send us two or three photos of the damage and the packaging by replying to this e-mail, and we will arrange a free collection and send a replacement as soon as it is back with us.",
                  "We apologise that the item from order {order} reached you in this condition. A replacement has already been reserved for you, and {courier} will collect the damaged item free of charge when they deliver it; there is no need to repack it."],
        "re_es": ["Lamentamos mucho que su pedido {order} haya llegado dañado. Le rogamos que nos envíe dos o tres fotos de los daños y del embalaje respondiendo a este correo; organizaremos la recogida gratuita y le enviaremos un producto nuevo."],
    },
    "double_charge": {
        "subject": ["Charged twice", "Duplicate payment {order}", "Cobro duplicado {order}"],
        "in_en": ["I have been charged {amount} twice for order {order}, on {date} and again the following day. Please refund the duplicate payment.",
                  "My bank statement shows two payments of {amount} for the same order ({order}). I only placed one order."],
        "in_es": ["Me han cobrado dos veces {amount} por el pedido {order}, el {date} y al día siguiente. Les ruego que devuelvan el cargo duplicado."],
        "re_en": ["We have checked your payment for order {order}: the second charge of {amount} was a duplicate authorisation from the card provider and has not been collected. It will be released automatically by your bank within five working days.",
                  "You are right that order {order} was charged twice. We have refunded the duplicate payment of {amount} today, and you should see it on your statement within three to five working days."],
        "re_es": ["Hemos revisado el pago del pedido {order}: el segundo cargo de {amount} es una autorización duplicada de la entidad emisora y no se ha cobrado. Su banco lo liberará automáticamente en un plazo de cinco días laborables."],
    },
    "vat_invoice": {
        "subject": ["Invoice request {order}", "VAT invoice needed", "Solicitud de factura {order}"],
        "in_en": ["Could you please send me a full VAT invoice for order {order}? It needs to show my company details and tax number {idnum}.",
                  "I need an invoice for order {order} for my expenses claim. The current one only shows my name, not my business address, {address}."],
        "in_es": ["Necesito una factura completa del pedido {order} con los datos de mi empresa y el NIF {idnum}. ¿Me la pueden enviar?"],
        "re_en": ["Please find attached invoice {inv} for order {order}, issued with the company details and tax number you provided. The original simplified invoice has been cancelled, so only the attached document is valid for your accounts.",
                  "We have reissued the invoice for order {order} as invoice {inv} with your business details, and it is attached to this e-mail. You can also download it at any time from the Orders section of your account."],
        "re_es": ["Le adjuntamos la factura {inv} del pedido {order}, emitida con los datos fiscales que nos ha facilitado. La factura simplificada original ha quedado anulada, por lo que solo el documento adjunto es válido para su contabilidad."],
    },
    "size_exchange": {
        "subject": ["Exchange size {order}", "Wrong size", "Cambio de talla {order}"],
        "in_en": ["The {product} I received (order {order}) in size {size} is too big for me. Can I exchange it for a {size2}?",
                  "I'd like to swap the {product} from order {order} for a size {size2}. It has not been ridden and is back in the original box."],
        "in_es": ["La {product} del pedido {order} en talla {size} me queda grande. ¿Puedo cambiarla por una talla {size2}?"],
        "re_en": ["We are happy to exchange the {product} from order {order} for size {size2}, and we have reserved one for you. Our courier will collect the original bike in its box and deliver the new one at the same time, at no extra cost.",
                  "An exchange to size {size2} is no problem for order {order}. You will receive a prepaid return label by e-mail today; as soon as the bike is back in our warehouse, we will dispatch the new size."],
        "re_es": ["Con mucho gusto le cambiamos la {product} del pedido {order} por la talla {size2}; ya le hemos reservado una unidad. Nuestro transportista recogerá la bicicleta original en su caja y le entregará la nueva al mismo tiempo, sin coste adicional."],
    },
    "address_change": {
        "subject": ["Change delivery address {order}", "New address for my order", "Cambio de dirección {order}"],
        "in_en": ["I've just moved house. Could you please send order {order} to my new address, {address}, instead?",
                  "Please change the delivery address on order {order} to {address}. I won't be at the old address from next week."],
        "in_es": ["Me he mudado. ¿Pueden enviar el pedido {order} a mi nueva dirección, {address}?"],
        "re_en": ["We have updated the delivery address for order {order} before dispatch, so the parcel will go to your new address. You will receive a new confirmation and tracking link as soon as it leaves our warehouse.",
                  "The delivery address on order {order} has been changed as requested. The order had not yet been dispatched, so there is no extra charge and the delivery date stays the same."],
        "re_es": ["Hemos actualizado la dirección de entrega del pedido {order} antes del envío, por lo que el paquete irá a su nueva dirección. Recibirá una nueva confirmación y el enlace de seguimiento en cuanto salga de nuestro almacén."],
    },
    "cancel": {
        "subject": ["Cancel order {order}", "Please cancel my order", "Anular pedido {order}"],
        "in_en": ["Please cancel order {order}; I ordered the {product} by mistake. I paid {amount} by card.",
                  "I'd like to cancel my order {order} for the {product}. I found one locally and no longer need it."],
        "in_es": ["Les ruego que anulen el pedido {order}, pedí la {product} por error. Pagué {amount} con tarjeta."],
        "re_en": ["We have cancelled order {order} as requested, and the full amount of {amount} has been refunded to your original payment method. Depending on your bank, it may take three to five working days to appear.",
                  "Order {order} had not yet been dispatched, so we have been able to cancel it. A refund of {amount} has been issued today and you will receive a separate confirmation e-mail."],
        "re_es": ["Hemos anulado el pedido {order} según nos indica y le hemos devuelto el importe íntegro de {amount} al medio de pago original. Según su banco, puede tardar de tres a cinco días laborables en aparecer."],
    },
    "assembly": {
        "subject": ["Question about the {product}", "Assembly and pedals", "Consulta sobre la {product}"],
        "in_en": ["I am thinking of ordering the {product}. Does it come assembled, and are pedals included?",
                  "Before I order the {product}: how much assembly is needed, and will I need any special tools?"],
        "in_es": ["Estoy pensando en comprar la {product}. ¿Viene montada y con pedales?"],
        "re_en": ["The {product} is delivered about 90% assembled: you only need to straighten the handlebar, fit the front wheel and screw in the pedals, which are included. A multi-tool and illustrated instructions come in the box, and our video guide is at brisabikes.example/assembly.",
                  "Every {product} is built and tested in our Valencia workshop and then shipped nearly complete. Fitting the handlebar, front wheel and the included pedals takes about twenty minutes with the tool supplied in the box."],
        "re_es": ["La {product} se entrega montada en un 90%: solo tiene que enderezar el manillar, colocar la rueda delantera y enroscar los pedales, que van incluidos. En la caja encontrará una herramienta multiusos e instrucciones ilustradas."],
    },
    "warranty": {
        "subject": ["Warranty claim {product}", "Battery problem", "Garantía {product}"],
        "in_en": ["The battery of my {product} (order {order}) now only lasts half as long as it did, after {months} months. Is this covered by the warranty?",
                  "The motor of my {product} keeps cutting out on hills. I bought it {months} months ago, order {order}."],
        "in_es": ["El motor de mi {product} se corta en las cuestas. La compré hace {months} meses, pedido {order}. ¿Lo cubre la garantía?"],
        "re_en": ["Your {product} is covered by our two-year warranty, which includes the battery and motor. Please reply with the frame number and a short video of the fault, and we will arrange a free collection for a repair within ten working days.",
                  "We are sorry to hear about the problem with your {product} from order {order}. This is covered by the warranty: we will send you a diagnostic form today, and once we have it back we will book the repair at a partner workshop near you."],
        "re_es": ["Su {product} está cubierta por nuestra garantía de dos años, que incluye la batería y el motor. Le rogamos que nos responda con el número de cuadro y un breve vídeo de la avería, y organizaremos la recogida gratuita para su reparación."],
    },
    "account_locked": {
        "subject": ["Cannot log in", "Account locked", "No puedo acceder a mi cuenta"],
        "in_en": ["I can't log in to my account; the password reset e-mail never arrives at {email}. My customer number is {cust}.",
                  "My account has been locked after too many login attempts. My customer number is {cust} and my phone number is {phone}."],
        "in_es": ["No puedo acceder a mi cuenta y no me llega el correo para restablecer la contraseña a {email}. Mi número de cliente es {cust}."],
        "re_en": ["For your security, we have unlocked your account and sent a new password reset link to the e-mail address we hold for you. The link is valid for 24 hours; if it does not arrive, please check your spam folder.",
                  "Your account has been unlocked. To protect your data we cannot change login details by e-mail, so please use the reset link we have just sent you and choose a new password of at least twelve characters."],
        "re_es": ["Por su seguridad, hemos desbloqueado su cuenta y le hemos enviado un nuevo enlace para restablecer la contraseña a la dirección de correo que tenemos registrada. El enlace es válido durante 24 horas; revise también la carpeta de correo no deseado."],
    },
    "data_deletion": {
        "subject": ["Delete my data", "GDPR erasure request", "Supresión de mis datos"],
        "in_en": ["Please delete my account and all the personal data you hold about me. My customer number is {cust} and my e-mail is {email}.",
                  "Under GDPR I am asking you to erase my personal data. Account {cust}, registered with {email}."],
        "in_es": ["Solicito la supresión de mi cuenta y de todos mis datos personales. Mi número de cliente es {cust}."],
        "re_en": ["We confirm that your request has been registered, and your account and personal data will be deleted within 30 days. We must keep your invoices for six years under Spanish tax law, but they will not be used for any other purpose.",
                  "Your erasure request has been accepted. Your account will be closed and your personal data deleted within 30 days, apart from invoices, which Spanish tax law requires us to keep for six years."],
        "re_es": ["Le confirmamos que hemos registrado su solicitud y que su cuenta y sus datos personales se suprimirán en un plazo de 30 días. Debemos conservar sus facturas durante seis años por obligación fiscal, pero no se utilizarán para ningún otro fin."],
    },
}
IN_GREETINGS = {"en": ["Hello,", "Dear Brisa Bikes,", "Hi,", "Good morning,", "Dear Customer Care team,", "To whom it may concern,"],
                "es": ["Buenos días:", "Hola,", "Estimados señores:", "Buenas tardes:"]}
IN_SIGNOFFS = {"en": ["Best regards,\n{name}", "Thanks,\n{name}\n{phone}", "Kind regards,\n{name}\n{email}",
                      "Many thanks,\n{first}", "Regards,\n{name}\nTel. {phone}", "Cheers,\n{name}"],
               "es": ["Un saludo,\n{name}", "Atentamente,\n{name}\nTel. {phone}", "Gracias,\n{name}\n{email}", "Saludos cordiales,\n{name}"]}
REPLY_OPENERS = {"en": ["Thank you for your e-mail about order {order}.", "Thank you for contacting Brisa Bikes.",
                        "Thank you for getting in touch with us.", "Thank you for your message, and for your patience."],
                 "es": ["Le agradecemos su correo sobre el pedido {order}.", "Gracias por ponerse en contacto con Brisa Bikes.",
                        "Le agradecemos su mensaje y su paciencia."]}
REPLY_CLOSERS = {"en": ["If there is anything else we can help you with, please reply to this e-mail.",
                        "Please do not hesitate to contact us if you have any further questions.",
                        "We apologise for any inconvenience and appreciate your patience.",
                        "We remain at your disposal for any further questions."],
                 "es": ["Quedamos a su disposición para cualquier otra consulta.",
                        "Si necesita cualquier otra cosa, no dude en responder a este correo.",
                        "Le pedimos disculpas por las molestias y le agradecemos su paciencia."]}
SIGNOFF = {"en": "Kind regards,\nThe Brisa Bikes Customer Care Team",
           "es": "Atentamente,\nEl equipo de Atención al Cliente de Brisa Bikes"}

# ----------------------------------------------------------------------------- registry (samples.json)
TICKETS_CLIENT_PROMPT = """You are the support triage assistant of Brisa Bikes S.L., an online shop in Valencia selling bicycles, e-bikes, parts and accessories to customers in Spain and the UK. Assign the customer support ticket below to exactly one of our eight internal categories.

The categories are:

billing - money matters other than refunds after a return: double charges, unrecognised payments, unmatched bank transfers, discount codes not applied, wrong VAT or IVA, invoice requests. Example: "I was charged twice for my order."

shipping_delay - the order has not arrived or tracking is stuck: late parcels, parcels marked delivered but not received, customs delays, missed deliveries. Example: "My order was due on Monday and still hasn't arrived."

returns_refunds - sending something back or waiting for money after a return: return labels, return windows, exchanges, missing refunds. Example: "I sent the bike back two weeks ago and have had no refund."

damaged_item - the product arrived damaged or incomplete: bent wheels, scratches, cracked parts, missing bolts, crushed boxes. Example: "The frame has a deep scratch straight out of the box."

product_question - questions about specifications, sizes, compatibility, stock, colours, weight, range or assembly. Example: "Will this derailleur fit my bike?"

order_change - changes to an undelivered order: cancellations, new address, different size or colour, adding or removing items, correcting contact details. Example: "Please cancel my order, I ordered by mistake."

account_access - login problems, locked accounts, password resets, changing the e-mail or phone, suspicious orders, deleting the account and personal data. Example: "The password reset e-mail never arrives."

warranty_repair - faults that appear after use: motors cutting out, batteries losing capacity, slipping gears, leaking forks, error codes, frame cracks, repairs under warranty. Example: "The motor cuts out on hills after eight months."

Rules: if a ticket mentions several issues, choose the one the customer most needs us to act on. A product that broke on arrival is damaged_item; one that failed after use is warranty_repair. A refund after a return is returns_refunds; a duplicate payment is billing. Tickets may be in English or Spanish.

Answer with the category name only, exactly as written above, with no explanation."""

EMAILS_CLIENT_PROMPT = """You are writing replies on behalf of the Customer Care Team of Brisa Bikes S.L., an online bicycle shop based in Valencia that sells bikes, e-bikes, parts and accessories to customers in Spain and the United Kingdom. You will receive one e-mail from a customer. Write the reply that our team would send.

Follow our house style exactly:

1. Language: reply in the language of the customer's e-mail. Most e-mails are in English; Spanish e-mails get a Spanish reply, always addressing the customer formally as usted, never as tú.

2. Greeting: always open with "Dear" followed by the customer's title and surname and a comma, for example "Dear Ms Harding," or "Dear Mr Colas,". In Spanish, open with "Estimado Sr. García:" or "Estimada Sra. López:". Never use first names in the greeting and never write "Hi", "Hello" or "Hey".

3. First line: thank the customer for their e-mail or for contacting Brisa Bikes, and mention the order reference when there is one.

4. Body: in two or three sentences, say clearly what we have done or will do (for example: we checked with the courier, issued the refund, reserved a replacement, updated the address, unlocked the account) and when the customer can expect the result. Give concrete time frames in working days. Do not promise anything our policies do not allow: refunds take three to five working days to appear, the warranty lasts two years, invoices are kept for six years.

5. Closing: one polite sentence offering further help or apologising for the inconvenience.

6. Sign-off: always end with "Kind regards," and on the next line "The Brisa Bikes Customer Care Team". In Spanish: "Atentamente," and "El equipo de Atención al Cliente de Brisa Bikes". Never sign with a personal name.

Tone: calm, polite, concise and professional; 60 to 120 words in total. Avoid slang and casual phrases such as "No worries", "ASAP", "Cheers" or emojis. Do not repeat the customer's address, phone number, bank details or ID number in the reply; the customer's name and the order or invoice reference may be repeated.

Output only the text of the reply e-mail, without a subject line."""

INVOICES_CLIENT_PROMPT = """You are the accounts assistant of Brisa Bikes S.L., a bicycle shop in Valencia. You will receive the text of one invoice or delivery note, as produced by our scanner's OCR. Documents may be in English or Spanish and come from us (sales invoices, delivery notes and albaranes to our customers) or from our suppliers (purchase invoices addressed to Brisa Bikes S.L.). Layouts vary a lot: some use tables with pipes, some dotted leaders, some are scanned receipts in capital letters.

Extract the following fields and return them as a single JSON object with exactly these keys:

- "invoice_number": the invoice number as printed, for example "INV-2024-0457" or "F2024/0312". On a delivery note or albarán, use the number of the related invoice, not the delivery note number.
- "date": the document date in ISO format YYYY-MM-DD, whatever format the document uses (15/03/2024, 15 March 2024, 15 de marzo de 2024 all become 2024-03-15).
- "supplier": the legal name of the company that issued the document, for example "Brisa Bikes S.L.".
- "customer_name": the name of the customer as printed (a person or a company). For purchase invoices this is Brisa Bikes S.L.
- "customer_tax_id": the customer's tax identifier exactly as printed, without spaces: a Spanish DNI, NIE or CIF, an EU VAT number or a UK VAT number.
- "total": the total amount including VAT, as a number with a dot as decimal separator and no thousands separator (1.234,56 becomes 1234.56). On a delivery note, use the value of goods.
- "currency": "EUR" or "GBP".
- "iban": the IBAN the customer is asked to pay into, written without spaces, or null if the document shows no IBAN for payment (for example when it was paid by card, or on delivery notes).

Do not guess: copy values from the document. Output only the JSON object, with no explanation and no code fences."""

SAMPLES = {
    "tickets": {"file": "tickets.csv", "task": "classification", "text_column": "text", "label_column": "category",
                "language": "en",
                "description": "400 support tickets of Brisa Bikes S.L. (about 10% in Spanish), each labelled with one of the "
                               "company's 8 house categories and a priority. Texts contain fake personal data.",
                "system_prompt": "Classify this Brisa Bikes support ticket into one category.",
                "client_prompt": TICKETS_CLIENT_PROMPT},
    "emails": {"file": "emails.jsonl", "task": "writing", "text_column": "incoming", "label_column": "reply",
               "language": "en",
               "description": "120 customer e-mails to Brisa Bikes S.L. with the reply the Customer Care Team sent, "
                              "in the house style (about 20% in Spanish). E-mails contain fake personal data.",
               "system_prompt": "Reply to this customer e-mail in the Brisa Bikes house style.",
               "client_prompt": EMAILS_CLIENT_PROMPT},
    "invoices": {"file": "invoices.jsonl", "task": "extraction", "text_column": "document", "label_column": "fields",
                 "language": "en",
                 "description": "120 OCR'd invoices and delivery notes (English and Spanish, 7 layouts), sales and purchase, "
                                "with the fields the accounts team extracts as JSON.",
                 "system_prompt": "Extract the invoice fields from this document as JSON.",
                 "client_prompt": INVOICES_CLIENT_PROMPT},
}
